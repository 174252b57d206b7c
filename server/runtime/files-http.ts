/**
 * Files over HTTP (local runtime, H5, Cloud Hosting):
 * - `POST /files?communityId=&purpose=[&durationMs=]`, the raw bytes as body, same identity as /fn,
 *   membership of the community required → `{ok:true,data:{fileId,url}}`;
 * - `GET /files/<community>/<id>?exp=&sig=` → the bytes, only with a valid unexpired signature
 *   (issued by the domain to someone allowed); anything else → 403 with the reply shape.
 */
import type http from 'node:http';
import { FILE_PURPOSES, type ErrorCode, type FilePurpose } from '@linli/types';
import type { Db } from '../db/client';
import { AppError } from '../domain/shared/app-error';
import { MAX_UPLOAD_BYTES, mayUpload } from '../domain/files/content';
import { readFile, storeUpload } from '../domain/files/files.service';
import { verifySignature } from '../domain/files/signing';
import { ensureUser } from '../domain/users/first-sight';
import { rolesIn } from '../domain/users/users.repository';
import { findCommunity } from '../domain/community/community.repository';
import type { PlatformIdentity } from '../functions/identity';

export interface FilesHttpDeps {
  db: Db;
  identify: (req: http.IncomingMessage) => Promise<PlatformIdentity | null | 'invalid'>;
  /** The runtime's per-caller rate limit; false when the caller is over it. */
  take: (key: string) => boolean;
  send: (res: http.ServerResponse, status: number, body: unknown) => void;
  sendError: (res: http.ServerResponse, code: ErrorCode) => void;
  headers: Record<string, string>;
}

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** Handles `/files…`; returns false when the path is not a files route. */
export async function handleFiles(
  deps: FilesHttpDeps,
  req: http.IncomingMessage,
  res: http.ServerResponse,
): Promise<boolean> {
  let url: URL;
  try {
    url = new URL(req.url ?? '/', 'http://local');
  } catch {
    return false;
  }
  if (req.method === 'POST' && url.pathname === '/files') {
    await upload(deps, req, res, url.searchParams);
    return true;
  }
  const parts = url.pathname.split('/');
  if (req.method === 'GET' && parts.length === 4 && parts[1] === 'files') {
    // Ids are plain [A-Za-z0-9_-]: nothing to decode, and anything encoded is refused as it stands.
    await serve(deps, res, parts[2], parts[3], url.searchParams);
    return true;
  }
  return false;
}

async function upload(
  deps: FilesHttpDeps,
  req: http.IncomingMessage,
  res: http.ServerResponse,
  q: URLSearchParams,
) {
  const identity = await deps.identify(req);
  if (identity === 'invalid') return deps.sendError(res, 'AUTH.INVALID_TOKEN');
  if (!identity) return deps.sendError(res, 'AUTH.REQUIRED');
  if (!deps.take(identity.openid)) return deps.sendError(res, 'RATE.LIMITED');
  const communityId = q.get('communityId') ?? '';
  const purpose = q.get('purpose') ?? '';
  const duration = q.get('durationMs');
  if (
    !ID.test(communityId) ||
    !(FILE_PURPOSES as readonly string[]).includes(purpose) ||
    (duration !== null && !/^\d{1,6}$/.test(duration))
  )
    return deps.sendError(res, 'INPUT.INVALID');
  // Refuse a declared oversize body before reading it.
  if (Number(req.headers['content-length'] ?? 0) > MAX_UPLOAD_BYTES)
    return deps.sendError(res, 'FILES.TOO_LARGE');
  const body = await readBody(req, MAX_UPLOAD_BYTES);
  if (!body) return deps.sendError(res, 'FILES.TOO_LARGE');
  if (body.length === 0) return deps.sendError(res, 'FILES.BAD_TYPE');

  const user = await ensureUser(deps.db, identity.openid);
  const roles = await rolesIn(deps.db, communityId, user.id);
  if (!roles)
    return deps.sendError(
      res,
      (await findCommunity(deps.db, communityId)) ? 'COMMUNITY.NOT_MEMBER' : 'COMMUNITY.NOT_FOUND',
    );
  if (!mayUpload(purpose as FilePurpose, roles)) return deps.sendError(res, 'AUTH.FORBIDDEN');
  try {
    const data = await storeUpload(deps.db, {
      communityId,
      ownerId: user.id,
      purpose: purpose as FilePurpose,
      bytes: body,
      clientDurationMs: duration === null ? null : Number(duration),
    });
    deps.send(res, 200, { ok: true, data });
  } catch (err) {
    if (err instanceof AppError) return deps.sendError(res, err.code);
    throw err;
  }
}

/** The body, or null past `limit` (the rest is drained so the reply can be read). */
async function readBody(req: http.IncomingMessage, limit: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size <= limit) chunks.push(chunk as Buffer);
  }
  return size > limit ? null : Buffer.concat(chunks);
}

async function serve(
  deps: FilesHttpDeps,
  res: http.ServerResponse,
  communityId: string,
  id: string,
  q: URLSearchParams,
) {
  if (!ID.test(communityId) || !ID.test(id)) return deps.sendError(res, 'FILES.LINK_INVALID');
  const exp = q.get('exp');
  if (!(await verifySignature(deps.db, communityId, id, exp, q.get('sig'))))
    return deps.sendError(res, 'FILES.LINK_INVALID');
  const file = await readFile(deps.db, communityId, id);
  if (!file) return deps.sendError(res, 'FILES.NOT_FOUND');
  const maxAge = Math.max(0, Number(exp) - Math.floor(Date.now() / 1000));
  res.writeHead(200, {
    ...deps.headers,
    'content-type': file.mime,
    'content-length': String(file.bytes.length),
    // Private: the URL is a capability; shared caches must not keep it past its expiry.
    'cache-control': `private, max-age=${maxAge}`,
    'content-security-policy': "default-src 'none'; sandbox",
  });
  res.end(file.bytes);
}
