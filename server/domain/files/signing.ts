/**
 * Signed, short-lived file addresses: `/files/<community>/<id>?exp=<unix s>&sig=<mac>`, the mac an
 * HMAC-SHA256 with a secret kept in the database (every host of one deployment agrees; another
 * deployment's links do not work here). Issued only by the domain, to someone already allowed.
 */
import crypto from 'node:crypto';
import type { Executor } from '../../db/client';
import { secretNamed } from '../shared/secrets';

export const URL_TTL_SECONDS = 60 * 60;
/** Expiries are rounded up to this step so one viewer gets the same URL for a while (browser cache). */
const STEP_SECONDS = 10 * 60;

const mac = (secret: Buffer, communityId: string, id: string, exp: number) =>
  crypto.createHmac('sha256', secret).update(`${communityId}/${id}/${exp}`).digest('base64url').slice(0, 32);

export async function signedPath(
  db: Executor,
  communityId: string,
  id: string,
  now = new Date(),
): Promise<string> {
  const exp = Math.ceil(now.getTime() / 1000 / STEP_SECONDS) * STEP_SECONDS + URL_TTL_SECONDS;
  const sig = mac(await secretNamed(db, 'files'), communityId, id, exp);
  return `/files/${encodeURIComponent(communityId)}/${encodeURIComponent(id)}?exp=${exp}&sig=${sig}`;
}

/** True when `sig` was made here for this file and `exp` has not passed. */
export async function verifySignature(
  db: Executor,
  communityId: string,
  id: string,
  exp: string | null,
  sig: string | null,
  now = new Date(),
): Promise<boolean> {
  if (!exp || !sig || !/^\d{1,12}$/.test(exp)) return false;
  const expiry = Number(exp);
  if (expiry * 1000 < now.getTime()) return false;
  const a = Buffer.from(sig);
  const b = Buffer.from(mac(await secretNamed(db, 'files'), communityId, id, expiry));
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}
