/**
 * The one write every caller's first request makes, before any action runs: the user row of an OPENID.
 * A rule module of its own (docs/ARCHITECTURE.md: repositories only read), used by the router's actor
 * lookup, the dev login and the file endpoints.
 */
import type { Executor } from '../../db/client';
import { users } from '../../db/schema';
import { findUserByOpenid, type UserRow } from './users.repository';

/** Creates the user on first sight; safe under concurrent first calls. */
export async function ensureUser(db: Executor, openid: string): Promise<UserRow> {
  const found = await findUserByOpenid(db, openid);
  if (found) return found;
  await db
    .insert(users)
    .values({ openid, nickname: `邻居${openid.slice(-4)}` })
    .onConflictDoNothing({ target: users.openid });
  const created = await findUserByOpenid(db, openid);
  if (!created) throw new Error(`user ${openid} vanished after insert`);
  return created;
}
