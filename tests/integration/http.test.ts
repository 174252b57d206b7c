/** The HTTP runtime: identity per mode, dev login only locally, body limits, JSON errors (never a crash). */
import type { AddressInfo } from 'node:net';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import type http from 'node:http';
import nodeHttp from 'node:http';
import { createDevAuth } from '../../server/runtime/dev-auth';
import { createHttpServer, type Mode } from '../../server/runtime/http';
import { seededApi } from './support/seeded';

const servers: http.Server[] = [];
const devAuth = createDevAuth(crypto.randomBytes(32));

const { t } = seededApi();
afterAll(() => servers.forEach((s) => s.close()));

async function start(mode: Mode, extra: { ratePerSecond?: number; staticDir?: string } = {}) {
  const server = createHttpServer({
    db: t.db,
    mode,
    devAuth: mode === 'local' ? devAuth : undefined,
    ...extra,
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const call = async (path: string, body?: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(base + path, {
      method: body === undefined ? 'GET' : 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, json: (await res.json()) as Record<string, any>, headers: res.headers }; // eslint-disable-line @typescript-eslint/no-explicit-any
  };
  return Object.assign(call, { base });
}

const home = { action: 'home', data: { communityId: 'bijiqiao' } };

describe('local mode', () => {
  it('logs in a demo person and serves their community with the token', async () => {
    const req = await start('local');
    const login = await req('/dev/login', { openid: 'demo-elder' });
    expect(login.status).toBe(200);
    const res = await req('/fn/community', home, { authorization: `Bearer ${login.json.token}` });
    expect(res.status).toBe(200);
    expect(res.json.data.community.name).toBe('碧鸡桥社区');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('lists the demo people for the login page', async () => {
    const req = await start('local');
    const { json } = await req('/dev/people');
    expect(json.people).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ openid: 'demo-staff', name: '王芳', roles: ['resident', 'staff'] }),
      ]),
    );
  });

  it('answers 401 with a code for no identity, a forged token, and ignores X-WX-OPENID', async () => {
    const req = await start('local');
    expect((await req('/fn/community', home)).json.error.code).toBe('AUTH.REQUIRED');
    const forged = await req('/fn/community', home, { authorization: 'Bearer ZGVtby1hZG1pbg.forged' });
    expect(forged).toMatchObject({ status: 401, json: { ok: false, error: { code: 'AUTH.INVALID_TOKEN' } } });
    expect((await req('/fn/community', home, { 'x-wx-openid': 'demo-admin' })).status).toBe(401);
  });

  it('refuses bad JSON and oversized bodies with JSON errors', async () => {
    const req = await start('local');
    const token = devAuth.issue('demo-elder');
    expect(
      (await req('/fn/community', '{not json', { authorization: `Bearer ${token}` })).json.error.code,
    ).toBe('INPUT.BAD_JSON');
    const big = { action: 'home', data: { communityId: 'x'.repeat(100_000) } };
    expect(await req('/fn/community', big, { authorization: `Bearer ${token}` })).toMatchObject({
      status: 413,
      json: { error: { code: 'INPUT.BODY_TOO_LARGE' } },
    });
    expect((await req('/dev/login', { openid: '../../etc' })).status).toBe(400);
  });

  it('limits the rate per caller with a clear error', async () => {
    const req = await start('local', { ratePerSecond: 2 });
    const token = devAuth.issue('demo-resident');
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++)
      statuses.push((await req('/fn/community', home, { authorization: `Bearer ${token}` })).status);
    expect(statuses.slice(0, 8).every((s) => s === 200)).toBe(true);
    expect(statuses).toContain(429);
  });
});

describe('Cloud Hosting mode', () => {
  it('trusts X-WX-OPENID, ignores bearer tokens and has no dev login', async () => {
    const req = await start('hosting');
    expect((await req('/fn/community', home, { 'x-wx-openid': 'demo-elder' })).status).toBe(200);
    expect(
      (await req('/fn/community', home, { authorization: `Bearer ${devAuth.issue('demo-elder')}` })).status,
    ).toBe(401);
    expect(await req('/dev/login', { openid: 'demo-admin' })).toMatchObject({
      status: 403,
      json: { error: { code: 'AUTH.DEV_LOGIN_DISABLED' } },
    });
  });
});

describe('H5 pages', () => {
  it("carry a Content-Security-Policy that allows exactly the page's own inline script", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-h5-'));
    const inline = 'document.documentElement.style.fontSize = "20px";';
    fs.writeFileSync(
      path.join(dir, 'index.html'),
      `<html><head><script>${inline}</script><script src="/js/app.js"></script></head></html>`,
    );
    fs.mkdirSync(path.join(dir, 'js'));
    fs.writeFileSync(path.join(dir, 'js', 'app.js'), 'console.log(1)');
    const { base } = await start('local', { staticDir: dir });
    const page = await fetch(`${base}/#/pages/home/index`);
    const csp = page.headers.get('content-security-policy')!;
    const hash = crypto.createHash('sha256').update(inline).digest('base64');
    expect(csp).toContain(`script-src 'self' 'sha256-${hash}'`);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    const js = await fetch(`${base}/js/app.js`);
    expect(js.headers.get('content-security-policy')).toBeNull();
    expect((await fetch(`${base}/..%2f..%2fetc/passwd`)).status).toBe(403);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

/** A raw request, so the client neither trims the headers nor gives up on a large body. */
function rawRequest(
  base: string,
  opts: { method: string; path: string; headers?: Record<string, string>; body?: Buffer; chunked?: boolean },
): Promise<{ status: number; json: Record<string, unknown> }> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = nodeHttp.request(
      { hostname, port, method: opts.method, path: opts.path, headers: opts.headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          try {
            resolve({ status: res.statusCode!, json: JSON.parse(text) });
          } catch {
            reject(new Error(`not JSON (${res.statusCode}): ${text.slice(0, 80)}`));
          }
        });
      },
    );
    req.on('error', reject);
    if (opts.body && opts.chunked) {
      // Sent in pieces with no content-length, as a stream would be.
      for (let i = 0; i < opts.body.length; i += 16 * 1024) req.write(opts.body.subarray(i, i + 16 * 1024));
      req.end();
    } else req.end(opts.body);
  });
}

describe('transport-level refusals keep the reply shape {ok:false, error:{code, message}}', () => {
  const refusal = (code: string) => ({ ok: false, error: { code, message: expect.any(String) } });

  it('a header too large: 431 with a JSON error (node answers an empty body by itself)', async () => {
    const { base } = await start('local');
    const res = await rawRequest(base, {
      method: 'POST',
      path: '/fn/community',
      headers: { 'x-big': 'x'.repeat(40_000) },
    });
    expect(res).toEqual({ status: 431, json: refusal('INPUT.HEADERS_TOO_LARGE') });
  });

  it('a body too large, declared or streamed: 413 with a JSON error, not a cut connection', async () => {
    const { base } = await start('local');
    const token = devAuth.issue('demo-elder');
    const body = Buffer.from(
      JSON.stringify({ action: 'home', data: { communityId: 'x'.repeat(1_000_000) } }),
    );
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const declared = await rawRequest(base, {
      method: 'POST',
      path: '/fn/community',
      headers: { ...headers, 'content-length': String(body.length) },
      body,
    });
    expect(declared).toEqual({ status: 413, json: refusal('INPUT.BODY_TOO_LARGE') });
    const streamed = await rawRequest(base, {
      method: 'POST',
      path: '/fn/community',
      headers,
      body,
      chunked: true,
    });
    expect(streamed).toEqual({ status: 413, json: refusal('INPUT.BODY_TOO_LARGE') });
  });

  it('GET on a function is 405 with a JSON error, not the H5 page', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-h5-'));
    fs.writeFileSync(path.join(dir, 'index.html'), '<html></html>');
    const { base } = await start('local', { staticDir: dir });
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const res = await rawRequest(base, { method, path: '/fn/community' });
      expect(res).toEqual({ status: 405, json: refusal('INPUT.WRONG_METHOD') });
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('an Object built-in as function name is an unknown function, before the body is read', async () => {
    const req = await start('local');
    const token = devAuth.issue('demo-elder');
    for (const fn of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
      const res = await req(`/fn/${fn}`, { action: 'name', data: {} }, { authorization: `Bearer ${token}` });
      expect({ fn, ...res, headers: undefined }).toEqual({
        fn,
        status: 404,
        json: refusal('INPUT.UNKNOWN_FUNCTION'),
        headers: undefined,
      });
    }
  });
});
