import type { SQL } from 'drizzle-orm';
import type { Executor } from './client';

/**
 * Runs raw SQL and returns its rows. Both drivers (node-postgres and PGlite) answer `{ rows }`;
 * drizzle's shared PgDatabase type does not know which, so the cast lives here, once.
 */
export async function query<T>(db: Executor, q: SQL): Promise<T[]> {
  const result = (await db.execute(q)) as unknown as { rows: T[] };
  return result.rows;
}
