/**
 * The actor behind a platform openid, cached: the user row is created on first sight and its id
 * then read from memory. The cache is per database (tests open many, each with its own users), so
 * nothing has to clear it between tests.
 */
import type { Db } from '../db/client';
import type { Actor } from '../domain/shared/context';
import { ensureUser } from '../domain/users/first-sight';

const MAX_ENTRIES = 50_000;
let caches = new WeakMap<Db, Map<string, string>>();

function cacheOf(db: Db): Map<string, string> {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  return cache;
}

export async function resolveActor(db: Db, openid: string): Promise<Actor> {
  const cache = cacheOf(db);
  const cached = cache.get(openid);
  if (cached) return { userId: cached, openid };
  const user = await ensureUser(db, openid);
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(openid, user.id);
  return { userId: user.id, openid };
}

/** The openid no longer names that user (the account was deleted): the next call resolves it afresh. */
export function forgetActor(db: Db, openid: string): void {
  caches.get(db)?.delete(openid);
}

/** For benchmarks that measure a cold cache; tests never need it. */
export function clearActorCache(): void {
  caches = new WeakMap();
}
