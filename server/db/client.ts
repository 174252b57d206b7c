/**
 * The database behind the functions: PostgreSQL when DATABASE_URL is set (production, race tests),
 * otherwise embedded PGlite in a data directory guarded by a lock file (one process at a time).
 */
import path from 'node:path';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import * as schema from './schema';
import { acquireLock, type DirLock } from './lock';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything queries can run on: the database or an open transaction. */
export type Executor = Db | Tx;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

export interface OpenOptions {
  /** PostgreSQL connection string; wins over dataDir. */
  url?: string;
  /** PGlite data directory. */
  dataDir?: string;
  /** Pool size for PostgreSQL (a contended row gets slower above ~10 on 2 cores). */
  poolSize?: number;
  /** Skip the lock (only for test clones no other process can know about). */
  noLock?: boolean;
}

export async function openDatabase(opts: OpenOptions): Promise<Database> {
  if (opts.url) return openPostgres(opts.url, opts.poolSize ?? 10);
  if (!opts.dataDir) throw new Error('openDatabase: give a DATABASE_URL or a PGlite data directory');
  return openPglite(path.resolve(opts.dataDir), opts.noLock ?? false);
}

async function openPostgres(url: string, max: number): Promise<Database> {
  const { Pool } = await import('pg');
  const { drizzle } = await import('drizzle-orm/node-postgres');
  const pool = new Pool({ connectionString: url, max });
  // An idle client that errors (server restart) must not crash the process.
  pool.on('error', (err) => console.error('[db] idle client error:', err.message));
  const db = drizzle(pool, { schema }) as unknown as Db;
  return { db, kind: 'postgres', close: () => pool.end() };
}

async function openPglite(dataDir: string, noLock: boolean): Promise<Database> {
  const lock: DirLock | null = noLock ? null : acquireLock(dataDir);
  try {
    const { PGlite } = await import('@electric-sql/pglite');
    const { drizzle } = await import('drizzle-orm/pglite');
    // PostgreSQL's default 128 MB of shared buffers lives inside PGlite's WebAssembly heap, which never
    // shrinks. 32 MB (LINLI_PGLITE_SHARED_BUFFERS to change) held the 10× rush's data without misses and
    // kept the runtime ~60 MB smaller (docs/BENCHMARKS.md, issue 17).
    const sharedBuffers = process.env.LINLI_PGLITE_SHARED_BUFFERS || '32MB';
    const client = await PGlite.create(dataDir, {
      startParams: [...PGlite.defaultStartParams, '-c', `shared_buffers=${sharedBuffers}`],
    });
    const db = drizzle(client, { schema }) as unknown as Db;
    return {
      db,
      kind: 'pglite',
      close: async () => {
        await client.close();
        lock?.release();
      },
    };
  } catch (err) {
    lock?.release();
    throw err;
  }
}
