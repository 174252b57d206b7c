/**
 * 电脑登录 through the real HTTP runtime: a PC asks for a challenge, a staff member confirms it on the
 * phone, the PC picks up its session token once, and every later PC call carries that person's
 * identity until it expires or is ended from the phone.
 */
import type { AddressInfo } from 'node:net';
import crypto from 'node:crypto';
import type http from 'node:http';
import { sql } from 'drizzle-orm';
import { query } from '../../server/db/query';
import { createDevAuth } from '../../server/runtime/dev-auth';
import { createHttpServer, type Mode } from '../../server/runtime/http';
import { seededApi } from './support/seeded';

const servers: http.Server[] = [];
const devAuth = createDevAuth(crypto.randomBytes(32));
const { t } = seededApi();
afterAll(() => servers.forEach((s) => s.close()));

type Reply = { status: number; json: Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any

async function start(mode: Mode) {
  const server = createHttpServer({ db: t.db, mode, devAuth: mode === 'local' ? devAuth : undefined, ratePerSecond: 1000 });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return async (path: string, body: unknown, headers: Record<string, string> = {}): Promise<Reply> => {
    const res = await fetch(base + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'Mozilla/5.0 (Windows NT 10.0) Test', ...headers },
      body: JSON.stringify(body),
    });
    return { status: res.status, json: (await res.json()) as Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any
  };
}

const phone = (openid: string) => ({ authorization: `Bearer ${devAuth.issue(openid)}` });
const pcAuth = (token: string) => ({ authorization: `PcSession ${token}` });
const key = () => crypto.randomUUID();
const sha256 = (s: string) => crypto.createHash('sha256').update(s).digest('hex');

type Req = Awaited<ReturnType<typeof start>>;

async function challenge(req: Req) {
  const res = await req('/pc/challenge', {});
  expect(res.status).toBe(200);
  return res.json.data as { challengeId: string; challenge: string; expiresAt: string; qrDataUrl: string };
}

const confirm = (req: Req, openid: string, ch: string, headers: Record<string, string> = phone(openid)) =>
  req('/fn/user', { action: 'confirmPcLogin', data: { challenge: ch }, requestKey: key() }, headers);

async function signIn(req: Req, openid = 'demo-staff') {
  const c = await challenge(req);
  expect((await confirm(req, openid, c.challenge)).status).toBe(200);
  const poll = await req('/pc/poll', { challengeId: c.challengeId, challenge: c.challenge });
  expect(poll.json.data).toMatchObject({ status: 'ok' });
  return { ...c, token: poll.json.data.token as string };
}

const me = (req: Req, headers: Record<string, string>) => req('/fn/user', { action: 'me', data: {} }, headers);

describe('电脑登录', () => {
  it('confirms once on the phone, hands the token out once, and the PC then calls as that person', async () => {
    const req = await start('local');
    const c = await challenge(req);
    expect(c.challenge).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(c.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    expect(Date.parse(c.expiresAt) - Date.now()).toBeGreaterThan(100_000);
    expect((await req('/pc/poll', { challengeId: c.challengeId, challenge: c.challenge })).json.data).toEqual({ status: 'waiting' });

    const ok = await confirm(req, 'demo-staff', c.challenge);
    expect(ok.status).toBe(200);
    // A second confirm of the same QR, by the same or anyone else, is refused.
    expect((await confirm(req, 'demo-staff', c.challenge)).json.error.code).toBe('PC.CHALLENGE_USED');
    expect((await confirm(req, 'demo-admin', c.challenge)).json.error.code).toBe('PC.CHALLENGE_USED');

    // Polling with the id but not the challenge learns nothing.
    const wrong = await req('/pc/poll', { challengeId: c.challengeId, challenge: 'A'.repeat(43) });
    expect(wrong).toMatchObject({ status: 404, json: { error: { code: 'PC.CHALLENGE_INVALID' } } });

    const poll = await req('/pc/poll', { challengeId: c.challengeId, challenge: c.challenge });
    expect(poll.status).toBe(200);
    const { token, expiresAt } = poll.json.data;
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const hours = (Date.parse(expiresAt) - Date.now()) / 3600_000;
    expect(hours).toBeGreaterThan(7.9);
    expect(hours).toBeLessThanOrEqual(8);
    // The token is shown once.
    const again = await req('/pc/poll', { challengeId: c.challengeId, challenge: c.challenge });
    expect(again).toMatchObject({ status: 409, json: { error: { code: 'PC.CHALLENGE_USED' } } });

    const asPc = await me(req, pcAuth(token));
    const asPhone = await me(req, phone('demo-staff'));
    expect(asPc.status).toBe(200);
    expect(asPc.json.data.userId).toBe(asPhone.json.data.userId);
    expect(asPc.json.data.name).toBe('王芳');

    // Neither the challenge nor the token is stored in clear: only their hashes.
    const rows = await query<Record<string, unknown>>(t.db, sql`select * from pc_sessions where id = ${c.challengeId}`);
    expect(rows).toHaveLength(1);
    const stored = JSON.stringify(rows);
    expect(stored).not.toContain(token);
    expect(stored).not.toContain(c.challenge);
    expect(rows[0]).toMatchObject({ token_hash: sha256(token), challenge_hash: sha256(c.challenge) });
  });

  it('lets only staff, admins, grid workers and committee members confirm; residents are refused', async () => {
    const req = await start('local');
    const c = await challenge(req);
    const res = await confirm(req, 'demo-elder', c.challenge);
    expect(res).toMatchObject({ status: 403, json: { error: { code: 'PC.STAFF_ONLY' } } });
    expect(res.json.error.message).toContain('管理台');
    expect((await req('/pc/poll', { challengeId: c.challengeId, challenge: c.challenge })).json.data).toEqual({ status: 'waiting' });
  });

  it('refuses an expired challenge on the phone and on the PC, and a token picked up too late', async () => {
    const req = await start('local');
    const c = await challenge(req);
    await query(t.db, sql`update pc_sessions set challenge_expires_at = now() - interval '1 second' where id = ${c.challengeId}`);
    const res = await confirm(req, 'demo-staff', c.challenge);
    expect(res).toMatchObject({ status: 410, json: { error: { code: 'PC.CHALLENGE_EXPIRED' } } });
    expect(res.json.error.message).toContain('过期');
    expect((await req('/pc/poll', { challengeId: c.challengeId, challenge: c.challenge })).json.error.code).toBe('PC.CHALLENGE_EXPIRED');

    const late = await challenge(req);
    expect((await confirm(req, 'demo-staff', late.challenge)).status).toBe(200);
    await query(t.db, sql`update pc_sessions set challenge_expires_at = now() - interval '61 seconds' where id = ${late.challengeId}`);
    expect((await req('/pc/poll', { challengeId: late.challengeId, challenge: late.challenge })).json.error.code).toBe('PC.CHALLENGE_EXPIRED');
  });

  it('ends a session when it expires', async () => {
    const req = await start('local');
    const s = await signIn(req);
    expect((await me(req, pcAuth(s.token))).status).toBe(200);
    await query(t.db, sql`update pc_sessions set expires_at = now() - interval '1 second' where id = ${s.challengeId}`);
    expect(await me(req, pcAuth(s.token))).toMatchObject({ status: 401, json: { error: { code: 'AUTH.INVALID_TOKEN' } } });
    // Kept a while for the record, then cleared when a new challenge is made.
    await challenge(req);
    expect(await query(t.db, sql`select id from pc_sessions where id = ${s.challengeId}`)).toHaveLength(1);
    await query(t.db, sql`update pc_sessions set expires_at = now() - interval '31 days' where id = ${s.challengeId}`);
    await challenge(req);
    expect(await query(t.db, sql`select id from pc_sessions where id = ${s.challengeId}`)).toHaveLength(0);
  });

  it('lists my PCs on the phone and signs one out: its next call is 401; nobody else can end it', async () => {
    const req = await start('local');
    const s = await signIn(req);
    const list = await req('/fn/user', { action: 'pcSessions', data: {} }, phone('demo-staff'));
    expect(list.json.data).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: s.challengeId, userAgent: 'Mozilla/5.0 (Windows NT 10.0) Test' })]),
    );
    const other = await req('/fn/user', { action: 'endPcSession', data: { id: s.challengeId }, requestKey: key() }, phone('demo-admin'));
    expect(other).toMatchObject({ status: 404, json: { error: { code: 'PC.SESSION_NOT_FOUND' } } });
    expect((await me(req, pcAuth(s.token))).status).toBe(200);

    const end = await req('/fn/user', { action: 'endPcSession', data: { id: s.challengeId }, requestKey: key() }, phone('demo-staff'));
    expect(end.status).toBe(200);
    expect(end.json.data.map((v: { id: string }) => v.id)).not.toContain(s.challengeId);
    expect(await me(req, pcAuth(s.token))).toMatchObject({ status: 401, json: { error: { code: 'AUTH.INVALID_TOKEN' } } });
    const twice = await req('/fn/user', { action: 'endPcSession', data: { id: s.challengeId }, requestKey: key() }, phone('demo-staff'));
    expect(twice.json.error.code).toBe('PC.SESSION_NOT_FOUND');
  });

  it('stops a PC session when its person no longer holds a role with a 管理台', async () => {
    const req = await start('local');
    const s = await signIn(req, 'demo-grid');
    expect((await me(req, pcAuth(s.token))).status).toBe(200);
    const roles = await query<Record<string, unknown>>(
      t.db,
      sql`delete from member_roles where user_id = (select id from users where openid = 'demo-grid') returning *`,
    );
    expect(roles.length).toBeGreaterThan(0);
    try {
      expect((await me(req, pcAuth(s.token))).status).toBe(401);
    } finally {
      for (const r of roles) {
        await query(t.db, sql`insert into member_roles (community_id, user_id, role) values (${r.community_id}, ${r.user_id}, ${r.role})`);
      }
    }
    expect((await me(req, pcAuth(s.token))).status).toBe(200);
  });

  it('signs out from the PC itself: the token stops working', async () => {
    const req = await start('local');
    const s = await signIn(req);
    expect((await req('/pc/logout', {}, pcAuth(s.token))).json).toEqual({ ok: true, data: { ended: true } });
    expect((await me(req, pcAuth(s.token))).status).toBe(401);
    expect((await req('/pc/logout', {}, pcAuth(s.token))).json.data).toEqual({ ended: false });
    expect((await req('/pc/logout', {}, phone('demo-staff'))).json.data).toEqual({ ended: false });
  });

  it('refuses unknown and garbage tokens, and a PC session confirming another PC login', async () => {
    const req = await start('local');
    for (const bad of ['A'.repeat(43), 'garbage', 'x'.repeat(500), '', "'; drop table users; --"]) {
      const res = await me(req, { authorization: `PcSession ${bad}` });
      expect(res.status).toBe(401);
    }
    const s = await signIn(req);
    const next = await challenge(req);
    const res = await confirm(req, 'demo-staff', next.challenge, pcAuth(s.token));
    expect(res).toMatchObject({ status: 403, json: { error: { code: 'AUTH.PHONE_ONLY' } } });
    expect((await req('/pc/poll', { challengeId: next.challengeId, challenge: next.challenge })).json.data).toEqual({ status: 'waiting' });
  });

  it('works in hosting mode too, where the gateway header still wins and a dev token is not accepted', async () => {
    const local = await start('local');
    const req = await start('hosting');
    const c = await challenge(req);
    expect((await confirm(req, 'demo-staff', c.challenge, { 'x-wx-openid': 'demo-staff' })).status).toBe(200);
    const { token } = (await req('/pc/poll', { challengeId: c.challengeId, challenge: c.challenge })).json.data;
    const staff = (await me(local, phone('demo-staff'))).json.data.userId;
    const admin = (await me(local, phone('demo-admin'))).json.data.userId;
    expect((await me(req, pcAuth(token))).json.data.userId).toBe(staff);
    expect((await me(req, { ...pcAuth(token), 'x-wx-openid': 'demo-admin' })).json.data.userId).toBe(admin);
    expect((await me(req, phone('demo-staff'))).status).toBe(401);
    expect((await me(req, pcAuth('B'.repeat(43)))).status).toBe(401);
  });

  it('carries the session identity on file uploads too', async () => {
    const req = await start('local');
    const s = await signIn(req);
    const upload = (headers: Record<string, string>) =>
      req('/files?communityId=bijiqiao&purpose=nope', {}, headers);
    // Identity first: a bad session is 401; a good one gets as far as checking the input.
    expect((await upload(pcAuth('C'.repeat(43)))).status).toBe(401);
    expect(await upload(pcAuth(s.token))).toMatchObject({ status: 400, json: { error: { code: 'INPUT.INVALID' } } });
  });
});
