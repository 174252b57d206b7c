/**
 * Signing secrets kept in the database (so every host of the functions agrees): made on first use,
 * then cached per database handle. Check-in tickets and signed file links each have their own.
 */
import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { secrets } from '../../db/schema';

export type SecretName = 'ticket' | 'files';

const cache = new WeakMap<object, Map<SecretName, Buffer>>();

export async function secretNamed(db: Executor, name: SecretName): Promise<Buffer> {
  let byName = cache.get(db);
  const hit = byName?.get(name);
  if (hit) return hit;
  await db
    .insert(secrets)
    .values({ name, value: crypto.randomBytes(32).toString('hex') })
    .onConflictDoNothing();
  const [row] = await db.select().from(secrets).where(eq(secrets.name, name));
  const secret = Buffer.from(row.value, 'hex');
  if (!byName) cache.set(db, (byName = new Map()));
  byName.set(name, secret);
  return secret;
}
