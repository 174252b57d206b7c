/* eslint-disable @typescript-eslint/no-explicit-any -- wraps PGlite's query methods to time them */
/**
 * Where a sign-up's time goes on PGlite: every statement the router sends, timed, for sequential
 * sign-ups (`npx tsx tests/bench/profile-signup.ts`; `PROFILE_OUT=x.cpuprofile` adds a CPU profile of
 * the measured sign-ups). A diagnostic, not part of `npm run bench`.
 */
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import type { Database, Db } from '../../server/db/client';
import * as schema from '../../server/db/schema';
import { migrate } from '../../server/db/migrate';
import { clearActorCache } from '../../server/functions/actors';
import { dispatch } from '../../server/functions/router';
import { seedDemo } from '../../server/seed/seed';
import { addEvent, addResidents, C } from './fixtures';
import { tmpDir } from './lib';

async function main() {
  const dir = tmpDir('profile');
  const client = await PGlite.create(path.join(dir, 'pglite'));
  const stats = new Map<string, { n: number; ms: number }>();
  let on = false;
  const wrap = (target: { query: (...a: any[]) => Promise<any>; exec?: (...a: any[]) => Promise<any> }) => {
    const q = target.query.bind(target);
    target.query = async (...a: any[]) => {
      const t0 = performance.now();
      try {
        return await q(...a);
      } finally {
        if (on) {
          const k = String(a[0]).replace(/\s+/g, ' ').slice(0, 90);
          const s = stats.get(k) ?? { n: 0, ms: 0 };
          s.n++;
          s.ms += performance.now() - t0;
          stats.set(k, s);
        }
      }
    };
  };
  wrap(client as never);
  const tx0 = client.transaction.bind(client);
  (client as any).transaction = (fn: (tx: any) => Promise<unknown>) =>
    tx0((tx) => {
      wrap(tx);
      return fn(tx);
    });
  const db = drizzle(client, { schema }) as unknown as Db;
  await migrate({ db, kind: 'pglite', close: async () => undefined } as Database);
  await seedDemo(db);
  const ids = await addResidents(db, 'prof', 1200);
  await addEvent(db, 'prof-ev', 600);
  clearActorCache();
  const openids = [...ids.keys()];
  const n = Number(process.argv[2] ?? 1200);
  const t0 = performance.now();
  // PROFILE_OUT=file.cpuprofile: a CPU profile of the measured sign-ups only (not the setup).
  const inspector = process.env.PROFILE_OUT ? new Session() : null;
  inspector?.connect();
  for (const [i, o] of openids.slice(0, n).entries()) {
    if (i === 100) {
      on = true;
      await inspector?.post('Profiler.enable');
      await inspector?.post('Profiler.start');
    }
    const r = await dispatch(
      { db },
      'events',
      { action: 'signup', data: { communityId: C, eventId: 'prof-ev', partySize: 1 }, requestKey: `p-${o}` },
      { openid: o },
    );
    if (!r.reply.ok) throw new Error(JSON.stringify(r.reply));
  }
  const total = performance.now() - t0;
  if (inspector) {
    const { profile } = await inspector.post('Profiler.stop');
    fs.writeFileSync(process.env.PROFILE_OUT!, JSON.stringify(profile));
  }
  const measured = n - 100;
  let sum = 0;
  for (const [k, s] of [...stats].sort((a, b) => b[1].ms - a[1].ms)) {
    sum += s.ms;
    console.log(`${(s.ms / measured).toFixed(3).padStart(7)} ms/signup  ${String(s.n).padStart(5)}×  ${k}`);
  }
  console.log(
    `SQL ${(sum / measured).toFixed(2)} ms per sign-up; wall ${(total / n).toFixed(2)} ms per sign-up (sequential)`,
  );
  await client.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
void main();
