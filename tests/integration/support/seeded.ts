/**
 * The usual setup of an integration test file, once: a fresh database seeded with the demo
 * community, the real router as callers see it, dropped after the file. Call at the top level.
 */
import { sql } from 'drizzle-orm';
import type { Database, Db } from '../../../server/db/client';
import { query } from '../../../server/db/query';
import { seedDemo } from '../../../server/seed/seed';
import { caller } from './call';
import { createTestDb, type TestDb } from './test-db';

export type Api = ReturnType<typeof caller>;

export interface SeededOptions {
  poolSize?: number;
  /** The router's clock (default: the real time). */
  now?: () => Date;
  /** More rows after the seed, before the first test. */
  setup?: (db: Db) => Promise<void>;
}

export function seededApi(opts: SeededOptions = {}) {
  let test: TestDb | undefined;
  let current: Api | undefined;
  beforeAll(async () => {
    test = await createTestDb({ poolSize: opts.poolSize });
    await seedDemo(test.db);
    current = caller(test.db, opts.now);
    await opts.setup?.(test.db);
  });
  afterAll(() => test?.drop());

  const ready = () => {
    if (!test || !current) throw new Error('seededApi: used before its beforeAll ran');
    return { db: test.db, api: current };
  };
  const api: Api = {
    raw: (fn, body, openid) => ready().api.raw(fn, body, openid),
    ok: (openid, fn, action, data, requestKey) => ready().api.ok(openid, fn, action, data, requestKey),
    err: (openid, fn, action, data, requestKey) => ready().api.err(openid, fn, action, data, requestKey),
  };
  return {
    /** `t.db`: the seeded database (valid inside tests and hooks). */
    t: {
      get db(): Db {
        return ready().db;
      },
      /** The whole Database, for entries that open their own (cloud functions, the timer). */
      get database(): Database {
        ready();
        return test!;
      },
    },
    api,
    /** The user id of a seeded (or created) person. */
    async userId(openid: string): Promise<string> {
      const [row] = await query<{ id: string }>(ready().db, sql`select id from users where openid = ${openid}`);
      return row.id;
    },
  };
}
