/**
 * Check-in tokens: `L1.<community>.<registration>.<mac>`, the mac an HMAC-SHA256 with a secret kept
 * in the database (so every host of the functions agrees). A changed character breaks the mac.
 */
import crypto from 'node:crypto';
import type { Executor } from '../../db/client';
import { secretNamed } from '../shared/secrets';

const mac = (secret: Buffer, communityId: string, registrationId: string) =>
  crypto.createHmac('sha256', secret).update(`${communityId}.${registrationId}`).digest('base64url').slice(0, 22);

export async function signTicket(db: Executor, communityId: string, registrationId: string): Promise<string> {
  return `L1.${communityId}.${registrationId}.${mac(await secretNamed(db, 'ticket'), communityId, registrationId)}`;
}

export type TicketCheck =
  | { ok: true; communityId: string; registrationId: string }
  | { ok: false; reason: 'invalid' | 'foreign' };

export async function verifyTicket(db: Executor, token: string, expectedCommunity: string): Promise<TicketCheck> {
  const parts = token.trim().split('.');
  if (parts.length !== 4 || parts[0] !== 'L1') return { ok: false, reason: 'invalid' };
  const [, communityId, registrationId, given] = parts;
  const expected = mac(await secretNamed(db, 'ticket'), communityId, registrationId);
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  if (a.length !== b.length || !crypto.timingSafeEqual(a, b)) return { ok: false, reason: 'invalid' };
  if (communityId !== expectedCommunity) return { ok: false, reason: 'foreign' };
  return { ok: true, communityId, registrationId };
}
