/**
 * The 重阳宴 rush: a 600-seat event, 5,000 distinct residents + 500 retries (same request key),
 * 50 in flight. Three ways on one engine in one run: the bare SQL transaction, the router
 * in-process, and the real HTTP runtime (a child process, as `npm start`). Checks that exactly 600
 * are confirmed with seats 1..600, the waiting list is 1..4,400 without gaps, and every retry got
 * the first reply.
 */
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { Pool } from 'pg';
import type { Database, Db } from '../../server/db/client';
import * as schema from '../../server/db/schema';
import { migrate } from '../../server/db/migrate';
import { query } from '../../server/db/query';
import { clearActorCache } from '../../server/functions/actors';
import { dispatch } from '../../server/functions/router';
import { createDevAuth, loadDevSecret } from '../../server/runtime/dev-auth';
import { seedDemo } from '../../server/seed/seed';
import { addEvent, addResidents, C } from './fixtures';
import {
  createPgDatabase,
  jsonClient,
  ms,
  pool,
  shuffle,
  startRuntime,
  table,
  timing,
  tmpDir,
  type Timing,
} from './lib';

export const SEATS = 600;
export const RESIDENTS = Number(process.env.BENCH_RUSH_RESIDENTS ?? 5000);
export const RETRY_EVERY = 10; // every 10th resident sends the same request again: 500 retries
export const IN_FLIGHT = 50;

type Engine = 'pglite' | 'postgres';
type Way = 'bare SQL' | 'router in-process' | 'HTTP runtime';

interface Outcome {
  engine: Engine;
  way: Way;
  t: Timing;
  errors: number;
  correct: string[];
  statements?: number;
}

/** The raw engine under drizzle, with a statement counter for the profile. */
interface Engined {
  db: Db;
  counter: { n: number };
  /** One sign-up as the bare SQL transaction. */
  bare(userId: string, key: string, eventId: string): Promise<unknown>;
  close(): Promise<void>;
}

const BARE = {
  claim: `insert into request_keys (user_id, key, fn, action) values ($1, $2, 'events', 'signup')
    on conflict do nothing returning key`,
  prior: `select reply from request_keys where user_id = $1 and key = $2`,
  seat: `update events set seats_taken = seats_taken + 1, seat_hwm = seat_hwm + 1
    where community_id = $1 and id = $2 and seats_taken + 1 <= capacity and status = 'published'
      and signup_opens_at <= now() and signup_closes_at > now() returning seat_hwm`,
  wait: `update events set waitlist_seq = waitlist_seq + 1
    where community_id = $1 and id = $2 and status = 'published' and waitlist_enabled
      and signup_opens_at <= now() and signup_closes_at > now() returning waitlist_seq`,
  insert: `insert into registrations (community_id, event_id, user_id, party_size, status, seat_no, seat_nos, waitlist_seq)
    values ($1, $2, $3, 1, $4, $5, $6, $7) returning id`,
  reply: `update request_keys set reply = $3 where user_id = $1 and key = $2`,
};

type Q = (text: string, params: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>;
async function bareSignup(q: Q, userId: string, key: string, eventId: string) {
  const claimed = await q(BARE.claim, [userId, key]);
  if (claimed.rows.length === 0) return (await q(BARE.prior, [userId, key])).rows[0].reply;
  let reply: { status: string; seatNo?: number; waitlistSeq?: number };
  const seat = await q(BARE.seat, [C, eventId]);
  if (seat.rows.length) {
    const n = seat.rows[0].seat_hwm as number;
    await q(BARE.insert, [C, eventId, userId, 'confirmed', n, JSON.stringify([n]), null]);
    reply = { status: 'confirmed', seatNo: n };
  } else {
    const w = await q(BARE.wait, [C, eventId]);
    const n = w.rows[0].waitlist_seq as number;
    await q(BARE.insert, [C, eventId, userId, 'waitlisted', null, '[]', n]);
    reply = { status: 'waitlisted', waitlistSeq: n };
  }
  await q(BARE.reply, [userId, key, JSON.stringify(reply)]);
  return reply;
}

async function openPglite(dir: string): Promise<Engined> {
  const client = await PGlite.create(dir);
  const counter = { n: 0 };
  const db = drizzlePglite(client, { schema, logger: { logQuery: () => void counter.n++ } }) as unknown as Db;
  return {
    db,
    counter,
    bare: (userId, key, eventId) =>
      client.transaction((tx) => bareSignup((t, p) => tx.query(t, p), userId, key, eventId)),
    close: () => client.close(),
  };
}

async function openPg(url: string): Promise<Engined> {
  const p = new Pool({ connectionString: url, max: 10 });
  const counter = { n: 0 };
  const db = drizzlePg(p, { schema, logger: { logQuery: () => void counter.n++ } }) as unknown as Db;
  return {
    db,
    counter,
    async bare(userId, key, eventId) {
      const c = await p.connect();
      try {
        for (let attempt = 1; ; attempt++) {
          try {
            await c.query('begin');
            const r = await bareSignup((t, params) => c.query(t, params), userId, key, eventId);
            await c.query('commit');
            return r;
          } catch (err) {
            await c.query('rollback');
            if (attempt < 4 && ['40001', '40P01'].includes((err as { code?: string }).code ?? '')) continue;
            throw err;
          }
        }
      } finally {
        c.release();
      }
    },
    close: () => p.end(),
  };
}

/** 5,000 first requests and 500 retries with the same key, shuffled. */
function requests(openids: string[], eventId: string) {
  const first = openids.map((openid) => ({ openid, key: `rush-${eventId}-${openid}` }));
  return shuffle([...first, ...first.filter((_, i) => i % RETRY_EVERY === 3)]);
}

async function drive(
  reqs: { openid: string; key: string }[],
  call: (r: { openid: string; key: string }) => Promise<{ ok: boolean; data?: unknown; code?: string }>,
) {
  const lat: number[] = [];
  const answers = new Map<string, unknown[]>();
  let errors = 0;
  const firstErrors: string[] = [];
  const t0 = performance.now();
  await pool(reqs, IN_FLIGHT, async (r) => {
    const s = performance.now();
    const res: { ok: boolean; data?: unknown; code?: string } = await call(r).catch((err: Error) => ({
      ok: false,
      code: err.message,
    }));
    lat.push(performance.now() - s);
    if (!res.ok) {
      errors++;
      if (firstErrors.length < 3) firstErrors.push(String(res.code));
      return;
    }
    answers.set(r.openid, [...(answers.get(r.openid) ?? []), res.data]);
  });
  const t = timing(lat, (performance.now() - t0) / 1000);
  if (firstErrors.length) console.log(`  errors (first 3): ${firstErrors.join(', ')}`);
  return { t, answers, errors };
}

/** JSON with sorted keys: a stored reply comes back from jsonb with its keys reordered. */
const canonical = (v: unknown): string =>
  JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b)))
      : x,
  );
const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
const same = (a: number[], b: number[]) => a.length === b.length && a.every((x, i) => x === b[i]);

async function verify(
  db: Db,
  eventId: string,
  answers: Map<string, unknown[]>,
  seatKey: string,
  waitKey: string,
) {
  const problems: string[] = [];
  const seats = await query<{ n: number }>(
    db,
    sql`select seat_no as n from registrations where event_id = ${eventId} and status = 'confirmed' order by 1`,
  );
  const waits = await query<{ n: number }>(
    db,
    sql`select waitlist_seq as n from registrations where event_id = ${eventId} and status = 'waitlisted' order by 1`,
  );
  const want = Math.min(SEATS, RESIDENTS);
  if (
    !same(
      seats.map((s) => s.n),
      range(want),
    )
  )
    problems.push(`${seats.length} confirmed, not seats 1..${want}`);
  if (
    !same(
      waits.map((s) => s.n),
      range(RESIDENTS - want),
    )
  )
    problems.push(`waiting list not 1..${RESIDENTS - want}`);
  let retriesDiffer = 0;
  for (const a of answers.values()) for (const x of a) if (canonical(x) !== canonical(a[0])) retriesDiffer++;
  if (retriesDiffer) problems.push(`${retriesDiffer} retries got another reply`);
  const told = [...answers.values()].map((a) => a[0] as Record<string, unknown>);
  const toldSeats = told
    .filter((r) => r.status === 'confirmed')
    .map((r) => Number(r[seatKey]))
    .sort((a, b) => a - b);
  const toldWait = told
    .filter((r) => r.status === 'waitlisted')
    .map((r) => Number(r[waitKey]))
    .sort((a, b) => a - b);
  if (!same(toldSeats, range(want))) problems.push('replies do not tell seats 1..600 once each');
  if (!same(toldWait, range(RESIDENTS - want)))
    problems.push('replies do not tell positions 1..4,400 once each');
  if (answers.size !== RESIDENTS) problems.push(`${RESIDENTS - answers.size} residents without a reply`);
  return problems.length
    ? problems
    : [
        `exactly ${seats.length} confirmed (seats 1..${want}), waiting list 1..${waits.length} gap-free, ${RESIDENTS / RETRY_EVERY} retries = first reply`,
      ];
}

async function rushOn(engine: Engine): Promise<Outcome[]> {
  const dataRoot = tmpDir(`rush-${engine}`);
  const pglDir = path.join(dataRoot, 'pglite');
  const pg = engine === 'postgres' ? await createPgDatabase() : null;
  const out: Outcome[] = [];
  try {
    console.log(
      `[rush ${engine}] preparing: migrate, seed, ${RESIDENTS} residents, 3 events of ${SEATS} seats`,
    );
    let e = engine === 'pglite' ? await openPglite(pglDir) : await openPg(pg!.url);
    await migrate({ db: e.db, kind: engine, close: async () => undefined } as Database);
    await seedDemo(e.db);
    const ids = await addResidents(e.db, 'rush', RESIDENTS);
    const openids = [...ids.keys()];
    for (const ev of ['bench-bare', 'bench-router', 'bench-http', 'bench-profile'])
      await addEvent(e.db, ev, SEATS);

    // Profile: statements per sign-up through the router (after the actor cache is warm).
    clearActorCache();
    const deps = { db: e.db, log: () => undefined };
    const signupVia = (db: Db, r: { openid: string; key: string }, eventId: string) =>
      dispatch(
        { ...deps, db },
        'events',
        { action: 'signup', data: { communityId: C, eventId, partySize: 1 }, requestKey: r.key },
        { openid: r.openid },
      );
    for (const o of openids.slice(0, 20))
      await signupVia(e.db, { openid: o, key: `warm-${o}` }, 'bench-profile');
    e.counter.n = 0;
    const sample = openids.slice(20, 120);
    for (const o of sample) await signupVia(e.db, { openid: o, key: `prof-${o}` }, 'bench-profile');
    const perSignup = e.counter.n / sample.length;
    console.log(`[rush ${engine}] ${perSignup.toFixed(1)} drizzle statements per sign-up (+ BEGIN/COMMIT)`);
    clearActorCache();

    // 1. The bare SQL transaction.
    const bareReqs = requests(openids, 'bench-bare');
    const bare = await drive(bareReqs, async (r) => ({
      ok: true,
      data: await e.bare(ids.get(r.openid)!, r.key, 'bench-bare'),
    }));
    out.push({
      engine,
      way: 'bare SQL',
      t: bare.t,
      errors: bare.errors,
      correct: await verify(e.db, 'bench-bare', bare.answers, 'seatNo', 'waitlistSeq'),
    });
    console.log(`[rush ${engine}] bare SQL: ${bare.t.perSecond.toFixed(0)}/s`);

    // 2. The router in-process (no HTTP).
    const routerReqs = requests(openids, 'bench-router');
    const rt = await drive(routerReqs, async (r) => {
      const res = await signupVia(e.db, r, 'bench-router');
      return res.reply.ok ? { ok: true, data: res.reply.data } : { ok: false, code: res.reply.error.code };
    });
    out.push({
      engine,
      way: 'router in-process',
      t: rt.t,
      errors: rt.errors,
      statements: perSignup,
      correct: await verify(e.db, 'bench-router', rt.answers, 'seatNo', 'waitlistPosition'),
    });
    console.log(`[rush ${engine}] router: ${rt.t.perSecond.toFixed(0)}/s`);
    await e.close();

    // 3. The HTTP runtime: a child process like `npm start`, its own connection(s).
    const runtime = await startRuntime({ dataRoot, databaseUrl: pg?.url });
    const auth = createDevAuth(loadDevSecret(dataRoot));
    const client = jsonClient(runtime.url, IN_FLIGHT);
    const tokens = new Map(openids.map((o) => [o, `Bearer ${auth.issue(o)}`]));
    const httpReqs = requests(openids, 'bench-http');
    const h = await drive(httpReqs, async (r) => {
      const res = await client.post(
        '/fn/events',
        {
          action: 'signup',
          data: { communityId: C, eventId: 'bench-http', partySize: 1 },
          requestKey: r.key,
        },
        { authorization: tokens.get(r.openid)! },
      );
      return res.body.ok
        ? { ok: true, data: res.body.data }
        : { ok: false, code: `${res.status} ${res.body.error?.code}` };
    });
    client.close();
    await runtime.stop();
    e = engine === 'pglite' ? await openPglite(pglDir) : await openPg(pg!.url);
    out.push({
      engine,
      way: 'HTTP runtime',
      t: h.t,
      errors: h.errors,
      correct: await verify(e.db, 'bench-http', h.answers, 'seatNo', 'waitlistPosition'),
    });
    console.log(`[rush ${engine}] HTTP: ${h.t.perSecond.toFixed(0)}/s`);
    await e.close();
  } finally {
    await pg?.drop();
    const fs = await import('node:fs');
    fs.rmSync(dataRoot, { recursive: true, force: true });
  }
  return out;
}

export async function rush(engines: Engine[]): Promise<{ markdown: string; outcomes: Outcome[] }> {
  const outcomes: Outcome[] = [];
  for (const engine of engines) outcomes.push(...(await rushOn(engine)));
  const rows = outcomes.map((o) => {
    const bare = outcomes.find((b) => b.engine === o.engine && b.way === 'bare SQL')!;
    return [
      o.engine === 'pglite' ? 'PGlite (embedded)' : 'PostgreSQL (pool 10)',
      o.way,
      o.t.n,
      `${o.t.seconds.toFixed(2)} s`,
      o.t.perSecond.toFixed(0),
      ms(o.t.p50),
      ms(o.t.p99),
      o.way === 'bare SQL' ? '—' : `${((o.t.perSecond / bare.t.perSecond) * 100).toFixed(0)} %`,
      o.errors,
      o.correct.join('; '),
    ];
  });
  const stmts = outcomes
    .filter((o) => o.statements !== undefined)
    .map((o) => `${o.engine}: ${o.statements!.toFixed(1)}`)
    .join(', ');
  const markdown = [
    `${SEATS} seats, ${RESIDENTS.toLocaleString('en')} distinct residents + ${(RESIDENTS / RETRY_EVERY).toLocaleString('en')} retries with the same request key, ${IN_FLIGHT} in flight, shuffled.`,
    '',
    table(
      ['engine', 'way', 'requests', 'wall', 'req/s', 'p50', 'p99', 'vs bare SQL', 'errors', 'correctness'],
      rows,
    ),
    '',
    `Statements per sign-up through the router, counted by drizzle's logger (BEGIN/COMMIT not counted): ${stmts}.`,
  ].join('\n');
  return { markdown, outcomes };
}
