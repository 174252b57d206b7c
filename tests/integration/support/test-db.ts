/**
 * A fresh, migrated database for one test file: a copy of the PGlite template, or — when
 * DATABASE_URL is set — a new database on that PostgreSQL server, dropped afterwards.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { openDatabase, type Database } from '../../../server/db/client';
import { migrate } from '../../../server/db/migrate';
import { templateDir } from './template';

export const onPostgres = !!process.env.DATABASE_URL;

export interface TestDb extends Database {
  drop(): Promise<void>;
}

function withDatabase(url: string, dbName: string): string {
  const u = new URL(url);
  u.pathname = `/${dbName}`;
  return u.toString();
}

export async function createTestDb(opts: { poolSize?: number } = {}): Promise<TestDb> {
  if (process.env.DATABASE_URL) {
    const admin = process.env.DATABASE_URL;
    const name = `linli_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const client = new Client({ connectionString: admin });
    await client.connect();
    await client.query(`create database ${name}`);
    await client.end();
    const database = await openDatabase({ url: withDatabase(admin, name), poolSize: opts.poolSize ?? 10 });
    await migrate(database);
    return {
      ...database,
      async drop() {
        await database.close();
        const c = new Client({ connectionString: admin });
        await c.connect();
        await c.query(`drop database if exists ${name} with (force)`);
        await c.end();
      },
    };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-test-'));
  fs.cpSync(templateDir(), dir, { recursive: true });
  const database = await openDatabase({ dataDir: dir, noLock: true });
  await migrate(database); // no-op on the template, but keeps a stale template honest
  return {
    ...database,
    async drop() {
      await database.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
