import path from 'node:path';
import type { Database } from './client';

export const MIGRATIONS_DIR = path.resolve(__dirname, 'migrations');

/** Applies pending migrations (drizzle's journal under server/db/migrations). Idempotent. */
export async function migrate(database: Database, migrationsFolder = MIGRATIONS_DIR): Promise<void> {
  if (database.kind === 'pglite') {
    const { migrate: run } = await import('drizzle-orm/pglite/migrator');
    await run(database.db as never, { migrationsFolder });
  } else {
    const { migrate: run } = await import('drizzle-orm/node-postgres/migrator');
    await run(database.db as never, { migrationsFolder });
  }
}
