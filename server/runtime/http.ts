/**
 * The HTTP face of the functions (local runtime and WeChat Cloud Hosting container):
 * POST /fn/<function> with {action, data, requestKey}, the dev login in local mode, and the H5 app.
 */
import { bare, query } from '../db/query';
import { communities, estates, memberRoles, members, users } from '../db/schema';
import http from 'node:http';
import type { Duplex } from 'node:stream';
import { sql } from 'drizzle-orm';
import { errorMessage, errorStatus, isFnName, type DevPerson, type ErrorCode, type Role } from '@linli/types';
import type { Db } from '../db/client';
import { dispatch } from '../functions/router';
import { validOpenid, type PlatformIdentity } from '../functions/identity';
import { ensureUser } from '../domain/users/first-sight';
import type { DevAuth } from './dev-auth';
import { serveStatic } from './static';
import { RateLimiter } from './rate-limit';
import { handleFiles } from './files-http';
import { AppError } from '../domain/shared/app-error';
import { createChallenge, endByToken, pollChallenge, sessionOpenid } from '../domain/users/pc-login';

export type Mode = 'local' | 'hosting';

export interface HttpOptions {
  db: Db;
  mode: Mode;
  devAuth?: DevAuth;
  staticDir?: string;
  maxBodyBytes?: number;
  /** Requests per caller per second (burst is 4× this). */
  ratePerSecond?: number;
}

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'permissions-policy': 'geolocation=(), microphone=(self)', // voice notes (民情诉求) record in the page itself
};

function send(res: http.ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

const errorBody = (code: ErrorCode) => ({ ok: false, error: { code, message: errorMessage(code) } });

function sendError(res: http.ServerResponse, code: ErrorCode, headers: Record<string, string> = {}) {
  for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
  send(res, errorStatus(code), errorBody(code));
}

/**
 * What node's parser refuses before any handler runs (a header too large, a malformed request line)
 * gets the same reply shape as everything else instead of node's bare `431` / `400` with no body.
 */
function refuseOnSocket(err: NodeJS.ErrnoException, socket: Duplex) {
  if (!socket.writable) return socket.destroy();
  const code: ErrorCode = err.code === 'HPE_HEADER_OVERFLOW' ? 'INPUT.HEADERS_TOO_LARGE' : 'INPUT.BAD_JSON';
  const body = JSON.stringify(errorBody(code));
  const head = [
    `HTTP/1.1 ${errorStatus(code)} ${http.STATUS_CODES[errorStatus(code)]}`,
    'content-type: application/json; charset=utf-8',
    'cache-control: no-store',
    ...Object.entries(SECURITY_HEADERS).map(([k, v]) => `${k}: ${v}`),
    `content-length: ${Buffer.byteLength(body)}`,
    'connection: close',
  ];
  socket.end(`${head.join('\r\n')}\r\n\r\n${body}`);
}

class BodyError extends Error {
  constructor(readonly code: ErrorCode) {
    super(code);
  }
}

/** A body past the limit is still read (and dropped) up to this much, so the client gets the reply. */
const DRAIN_BYTES = 4 * 1024 * 1024;

async function readJson(req: http.IncomingMessage, limit: number): Promise<unknown> {
  // Leaving the loop early would destroy the socket while the client is still sending: a cut
  // connection instead of a reply. So a body too large is read on and dropped, up to DRAIN_BYTES.
  if (Number(req.headers['content-length'] ?? 0) > DRAIN_BYTES) {
    req.resume();
    throw new BodyError('INPUT.BODY_TOO_LARGE');
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > DRAIN_BYTES) break;
    if (size <= limit) chunks.push(chunk as Buffer);
  }
  if (size > limit) throw new BodyError('INPUT.BODY_TOO_LARGE');
  if (size === 0) return {};
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new BodyError('INPUT.BAD_JSON');
  }
}

export function createHttpServer(opts: HttpOptions): http.Server {
  const limit = opts.maxBodyBytes ?? 64 * 1024;
  const limiter = new RateLimiter(opts.ratePerSecond ?? 20);

  /**
   * Who is calling: in hosting mode the gateway's `x-wx-openid` (trusted only there) wins; a PC
   * 管理台 sends `Authorization: PcSession <token>` in both modes; the local dev token only locally.
   */
  async function identify(req: http.IncomingMessage): Promise<PlatformIdentity | null | 'invalid'> {
    if (opts.mode === 'hosting') {
      const openid = req.headers['x-wx-openid'];
      if (typeof openid === 'string' && openid) return validOpenid(openid) ? { openid } : 'invalid';
    }
    const auth = req.headers.authorization;
    if (!auth) return null;
    const pc = /^PcSession\s+(\S+)$/i.exec(auth);
    if (pc) {
      const openid = await sessionOpenid(opts.db, pc[1], new Date());
      return openid && validOpenid(openid) ? { openid, viaPc: true } : 'invalid';
    }
    if (opts.mode === 'hosting') return null;
    const token = auth.replace(/^Bearer\s+/i, '');
    const openid = opts.devAuth?.verify(token);
    return openid && validOpenid(openid) ? { openid } : 'invalid';
  }

  async function handleFn(req: http.IncomingMessage, res: http.ServerResponse, fn: string) {
    const identity = await identify(req);
    if (identity === 'invalid') return sendError(res, 'AUTH.INVALID_TOKEN');
    const key = identity?.openid ?? req.socket.remoteAddress ?? 'anon';
    if (!limiter.take(key)) return sendError(res, 'RATE.LIMITED');
    const body = await readJson(req, limit);
    // A PC session cannot confirm another PC login: that would let a session outlive its 8 hours.
    if (identity?.viaPc && fn === 'user' && (body as { action?: unknown })?.action === 'confirmPcLogin') {
      return sendError(res, 'AUTH.PHONE_ONLY');
    }
    const { status, reply } = await dispatch({ db: opts.db }, fn, body, identity);
    send(res, status, reply);
  }

  /**
   * 电脑登录 (see domain/users/pc-login.ts): `POST /pc/challenge` and `POST /pc/poll` need no identity;
   * `POST /pc/logout` ends the session named by its own `Authorization: PcSession <token>`.
   */
  async function pcRoute(req: http.IncomingMessage, res: http.ServerResponse, url: string) {
    if (req.method !== 'POST') return sendError(res, 'INPUT.WRONG_METHOD', { allow: 'POST' });
    if (url !== '/pc/challenge' && url !== '/pc/poll' && url !== '/pc/logout') return sendError(res, 'INPUT.UNKNOWN_ACTION');
    if (!limiter.take(`pc:${req.socket.remoteAddress ?? 'anon'}`)) return sendError(res, 'RATE.LIMITED');
    const body = await readJson(req, 4096);
    if (url === '/pc/logout') {
      const token = /^PcSession\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1] ?? '';
      return send(res, 200, { ok: true, data: { ended: await endByToken(opts.db, token, new Date()) } });
    }
    try {
      const ua = req.headers['user-agent'];
      const data =
        url === '/pc/challenge' ? await createChallenge(opts.db, ua, new Date()) : await pollChallenge(opts.db, body, new Date());
      send(res, 200, { ok: true, data });
    } catch (err) {
      if (err instanceof AppError) return sendError(res, err.code);
      throw err;
    }
  }

  async function devLogin(req: http.IncomingMessage, res: http.ServerResponse) {
    const body = (await readJson(req, 4096)) as { openid?: unknown };
    if (!validOpenid(body?.openid)) {
      return send(res, 400, { ok: false, error: { code: 'INPUT.INVALID', message: '账号标识只能包含字母、数字、- 和 _（3–64 位）' } });
    }
    await ensureUser(opts.db, body.openid);
    send(res, 200, { token: opts.devAuth!.issue(body.openid), openid: body.openid });
  }

  async function devPeople(res: http.ServerResponse) {
    const rows = await query<{ openid: string; name: string; roles: string[] | null; note: string | null }>(opts.db, sql`
      select u.${bare(users.openid)}, coalesce(u.${bare(users.name)}, u.${bare(users.nickname)}) as name,
        (select array_agg(r.${bare(memberRoles.role)} order by r.${bare(memberRoles.role)}) from ${memberRoles} r where r.${bare(memberRoles.userId)} = u.${bare(users.id)}) as roles,
        (select c.${bare(communities.name)} || ' · ' || coalesce(e.${bare(estates.name)}, '') || coalesce(' ' || m.${bare(members.building)}, '') from ${members} m
          join ${communities} c on c.${bare(communities.id)} = m.${bare(members.communityId)} left join ${estates} e on e.${bare(estates.communityId)} = m.${bare(members.communityId)} and e.${bare(estates.id)} = m.${bare(members.estateId)}
          where m.${bare(members.userId)} = u.${bare(users.id)} limit 1) as note
      from ${users} u where u.${bare(users.openid)} like 'demo-%' order by u.${bare(users.createdAt)}, u.${bare(users.openid)}`);
    const people: DevPerson[] = rows.map((r) => ({
      openid: r.openid,
      name: r.name,
      roles: ['resident', ...((r.roles ?? []) as Role[])],
      note: r.note ?? '',
    }));
    send(res, 200, { people });
  }

  const server = http.createServer((req, res) => {
    const url = (req.url ?? '/').split('?')[0];
    const route = async () => {
      if (url.startsWith('/fn/')) {
        const fn = url.slice(4);
        if (req.method !== 'POST') return sendError(res, 'INPUT.WRONG_METHOD', { allow: 'POST' });
        if (!isFnName(fn)) return sendError(res, 'INPUT.UNKNOWN_FUNCTION');
        return handleFn(req, res, fn);
      }
      const fileDeps = { db: opts.db, identify, take: (k: string) => limiter.take(k), send, sendError, headers: SECURITY_HEADERS };
      if (url.startsWith('/files') && (await handleFiles(fileDeps, req, res))) return;
      if (url.startsWith('/pc/')) return pcRoute(req, res, url);
      if (url.startsWith('/dev/')) {
        if (opts.mode !== 'local' || !opts.devAuth) return sendError(res, 'AUTH.DEV_LOGIN_DISABLED');
        if (req.method === 'POST' && url === '/dev/login') return devLogin(req, res);
        if (req.method === 'GET' && url === '/dev/people') return devPeople(res);
        return sendError(res, 'INPUT.UNKNOWN_ACTION');
      }
      if (url === '/healthz') return send(res, 200, { ok: true, data: { mode: opts.mode } });
      if (req.method === 'GET' && opts.staticDir) return serveStatic(opts.staticDir, req, res, SECURITY_HEADERS);
      return sendError(res, 'INPUT.UNKNOWN_FUNCTION');
    };
    route().catch((err) => {
      if (err instanceof BodyError) return sendError(res, err.code, { connection: 'close' });
      console.error('[http] unexpected error', err);
      if (!res.headersSent) sendError(res, 'SERVER.INTERNAL');
    });
  });
  server.on('clientError', refuseOnSocket);
  // Keep idle keep-alive connections longer than clients and gateways do (Node's default is 5 s): a
  // client reusing a socket the server has just closed sees ECONNRESET (seen under load in the rush bench).
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  return server;
}
