/**
 * Does the rush cost grow in a straight line, and does one community's rush slow another's?
 *
 * `scale`: on one engine, through the HTTP runtime (a child process, as `npm start`), the 1× rush
 * (600 seats, 5,000 residents + 500 retries) and then the 10× rush (6,000 seats, 50,000 residents +
 * 5,000 retries) in the same run, 50 in flight. Checks every seat and waiting-list number as the rush
 * bench does, and that each resident was told the position their entry really has. Reports the
 * runtime's peak resident memory (VmHWM from /proc) after each.
 *
 * `city`: on one PostgreSQL server, 50 communities each running a 600-seat rush at the same moment
 * (their residents interleaved in one shuffled stream), against one community's rush alone in the same run.
 */
import fs from 'node:fs';
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
import { createDevAuth, loadDevSecret } from '../../server/runtime/dev-auth';
import { seedDemo } from '../../server/seed/seed';
import { createPgDatabase, jsonClient, ms, pool, shuffle, startRuntime, table, timing, tmpDir, type Runtime, type Timing } from './lib';

type Engine = 'pglite' | 'postgres';
const IN_FLIGHT = 50;
const RETRY_EVERY = 10;
const FACTOR = Number(process.env.BENCH_SCALE_FACTOR ?? 10);
const BASE_SEATS = 600;
const BASE_RESIDENTS = Number(process.env.BENCH_RUSH_RESIDENTS ?? 5000);
const CITY_COMMUNITIES = Number(process.env.BENCH_CITY_COMMUNITIES ?? 50);
const CITY_RESIDENTS = Number(process.env.BENCH_CITY_RESIDENTS ?? 1000);
const CITY_SEATS = Number(process.env.BENCH_CITY_SEATS ?? BASE_SEATS);

interface Req {
  community: string;
  event: string;
  openid: string;
  key: string;
}

interface Rush {
  community: string;
  event: string;
  seats: number;
  residents: string[];
}

/** Communities `${prefix}-NN`, each with `n` members (openids `${community}-r000001`…). */
async function addCommunities(db: Db, prefix: string, count: number, n: number): Promise<string[]> {
  const ids = Array.from({ length: count }, (_, i) => `${prefix}-${String(i + 1).padStart(2, '0')}`);
  for (const id of ids) {
    await query(
      db,
      sql`insert into communities (id, name, district, street) values (${id}, ${'压测社区 ' + id}, '武侯区', '压测街道')
        on conflict do nothing`,
    );
    await query(
      db,
      sql`with u as (
          insert into users (openid, nickname, name, birth_year)
          select ${id} || '-r' || lpad(g::text, 6, '0'), '居民' || g, '居民' || g, 1950
          from generate_series(1, ${n}) g
          returning id)
        insert into members (community_id, user_id) select ${id}, id from u`,
    );
  }
  return ids;
}

async function addEvent(db: Db, community: string, id: string, capacity: number): Promise<void> {
  await query(
    db,
    sql`insert into events (community_id, id, title, category, place, starts_at, ends_at, signup_opens_at,
        signup_closes_at, cancel_deadline, capacity, waitlist_enabled, max_party_size, min_age, status)
      values (${community}, ${id}, ${'压测活动 ' + id}, 'elderly', '活动室', now() + interval '10 days',
        now() + interval '10 days 3 hours', now() - interval '1 hour', now() + interval '8 days',
        now() + interval '7 days', ${capacity}, true, 1, null, 'published')`,
  );
}

const residentsOf = (community: string, n: number) =>
  Array.from({ length: n }, (_, i) => `${community}-r${String(i + 1).padStart(6, '0')}`);

/** Every resident once, every tenth again with the same key (a retry). */
function requestsOf(r: Rush): Req[] {
  const first = r.residents.map((openid) => ({ community: r.community, event: r.event, openid, key: `k-${r.event}-${openid}` }));
  return [...first, ...first.filter((_, i) => i % RETRY_EVERY === 3)];
}

async function openDb(engine: Engine, dir: string, url?: string): Promise<{ db: Db; close(): Promise<void> }> {
  if (engine === 'pglite') {
    const client = await PGlite.create(dir);
    return { db: drizzlePglite(client, { schema }) as unknown as Db, close: () => client.close() };
  }
  const p = new Pool({ connectionString: url, max: 4 });
  return { db: drizzlePg(p, { schema }) as unknown as Db, close: () => p.end() };
}

/** Peak and current resident memory of a process (Linux /proc), in MB. */
function memoryOf(pid: number | undefined): { peak: number; now: number } | null {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (k: string) => Number(status.match(new RegExp(`${k}:\\s+(\\d+)`))?.[1] ?? NaN);
    return { peak: kb('VmHWM') / 1024, now: kb('VmRSS') / 1024 };
  } catch {
    return null;
  }
}

type Answer = { status?: string; seatNo?: number; waitlistPosition?: number; id?: string };

async function driveHttp(runtime: Runtime, dataRoot: string, reqs: Req[]) {
  const auth = createDevAuth(loadDevSecret(dataRoot));
  const client = jsonClient(runtime.url, IN_FLIGHT);
  const tokens = new Map<string, string>();
  const token = (o: string) => tokens.get(o) ?? tokens.set(o, `Bearer ${auth.issue(o)}`).get(o)!;
  const lat: number[] = [];
  const byCommunity = new Map<string, number[]>();
  const answers = new Map<string, Answer[]>();
  let errors = 0;
  const firstErrors: string[] = [];
  const t0 = performance.now();
  await pool(reqs, IN_FLIGHT, async (r) => {
    const s = performance.now();
    const res = await client
      .post(
        '/fn/events',
        { action: 'signup', data: { communityId: r.community, eventId: r.event, partySize: 1 }, requestKey: r.key },
        { authorization: token(r.openid) },
      )
      .catch((err: Error) => ({ status: 0, body: { ok: false, error: { code: err.message, message: '' } } }));
    const d = performance.now() - s;
    lat.push(d);
    (byCommunity.get(r.community) ?? byCommunity.set(r.community, []).get(r.community)!).push(d);
    if (!res.body.ok) {
      errors++;
      if (firstErrors.length < 3) firstErrors.push(`${res.status} ${res.body.error?.code}`);
      return;
    }
    answers.set(r.openid, [...(answers.get(r.openid) ?? []), (res.body as { data?: unknown }).data as Answer]);
  });
  const seconds = (performance.now() - t0) / 1000;
  client.close();
  if (firstErrors.length) console.log(`  errors (first 3): ${firstErrors.join(', ')}`);
  return { t: timing(lat, seconds), byCommunity, answers, errors };
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
const same = (a: number[], b: number[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const canonical = (v: unknown): string =>
  JSON.stringify(v, (_k, x: unknown) =>
    x && typeof x === 'object' && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b)))
      : x,
  );

/**
 * Seats 1..seats once each, the waiting list 1..rest gap-free, every retry answered alike, and each
 * resident told the position their entry has (no one left the list, so position = waiting-list number).
 */
async function verify(db: Db, r: Rush, answers: Map<string, Answer[]>): Promise<string[]> {
  const problems: string[] = [];
  const rows = await query<{ id: string; status: string; seat_no: number | null; waitlist_seq: number | null }>(
    db,
    sql`select id, status, seat_no, waitlist_seq from registrations where community_id = ${r.community} and event_id = ${r.event}`,
  );
  const want = Math.min(r.seats, r.residents.length);
  const seatNos = rows.filter((x) => x.status === 'confirmed').map((x) => x.seat_no!).sort((a, b) => a - b);
  const seqs = rows.filter((x) => x.status === 'waitlisted').map((x) => x.waitlist_seq!).sort((a, b) => a - b);
  if (!same(seatNos, range(want))) problems.push(`${seatNos.length} confirmed, not seats 1..${want}`);
  if (!same(seqs, range(r.residents.length - want))) problems.push(`waiting list not 1..${r.residents.length - want}`);
  const seqById = new Map(rows.map((x) => [x.id, x.waitlist_seq]));
  let differ = 0;
  let wrongPosition = 0;
  let told = 0;
  for (const openid of r.residents) {
    const a = answers.get(openid);
    if (!a) continue;
    told++;
    for (const x of a) if (canonical(x) !== canonical(a[0])) differ++;
    if (a[0].status === 'waitlisted' && seqById.get(a[0].id!) !== a[0].waitlistPosition) wrongPosition++;
  }
  if (told !== r.residents.length) problems.push(`${r.residents.length - told} residents without a reply`);
  if (differ) problems.push(`${differ} retries got another reply`);
  if (wrongPosition) problems.push(`${wrongPosition} residents told a wrong waiting-list position`);
  return problems.length
    ? problems
    : [
        `${want} confirmed (seats 1..${want}), waiting list 1..${seqs.length} gap-free, every position told right, retries = first reply`,
      ];
}

const load = () => fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

interface ScaleRow {
  engine: Engine;
  size: string;
  t: Timing;
  errors: number;
  correct: string[];
  memory: { peak: number; now: number } | null;
  load: string;
}

export async function scale(engines: Engine[]): Promise<string> {
  const rows: ScaleRow[] = [];
  for (const engine of engines) rows.push(...(await scaleOn(engine)));
  const body = rows.map((r) => {
    const one = rows.find((x) => x.engine === r.engine && x.size === '1×')!;
    const ratio = r === one ? '—' : `${(r.t.seconds / one.t.seconds).toFixed(1)}× time (≤ ${FACTOR + 1}× ${r.t.seconds / one.t.seconds <= FACTOR + 1 ? '✓' : '✗'}), p99 ${(r.t.p99 / one.t.p99).toFixed(2)}× (≤ 2× ${r.t.p99 / one.t.p99 <= 2 ? '✓' : '✗'})`;
    return [
      r.engine === 'pglite' ? 'PGlite (embedded)' : 'PostgreSQL (pool 10)',
      r.size,
      r.t.n,
      `${r.t.seconds.toFixed(1)} s`,
      r.t.perSecond.toFixed(0),
      ms(r.t.p50),
      ms(r.t.p99),
      ratio,
      r.memory ? `${r.memory.peak.toFixed(0)} MB` : 'n/a',
      r.load,
      r.errors,
      r.correct.join('; '),
    ];
  });
  return [
    `Through the HTTP runtime, ${IN_FLIGHT} in flight, shuffled, one runtime per engine running the 1× rush (${BASE_SEATS} seats, ${BASE_RESIDENTS.toLocaleString('en')} residents + ${(BASE_RESIDENTS / RETRY_EVERY).toLocaleString('en')} retries) and then the ${FACTOR}× rush (${(BASE_SEATS * FACTOR).toLocaleString('en')} seats, ${(BASE_RESIDENTS * FACTOR).toLocaleString('en')} residents + ${((BASE_RESIDENTS * FACTOR) / RETRY_EVERY).toLocaleString('en')} retries). Peak RSS is the runtime process's VmHWM after that rush (lifetime peak; it opened existing data, no initdb). Load is the 1/5/15-minute load average when the rush started.`,
    '',
    table(['engine', 'size', 'requests', 'wall', 'req/s', 'p50', 'p99', 'vs 1×', 'runtime peak RSS', 'load', 'errors', 'correctness'], body),
  ].join('\n');
}

/** One runtime runs the 1× and then the 10× rush; the rows are checked after it stops (PGlite's directory is its alone). */
async function scaleOn(engine: Engine): Promise<ScaleRow[]> {
  const dataRoot = tmpDir(`scale-${engine}`);
  const pg = engine === 'postgres' ? await createPgDatabase() : null;
  const rows: ScaleRow[] = [];
  try {
    const big = BASE_RESIDENTS * FACTOR;
    console.log(`[scale ${engine}] preparing: migrate, seed, ${big.toLocaleString('en')} residents, events of ${BASE_SEATS} and ${BASE_SEATS * FACTOR} seats`);
    const e = await openDb(engine, path.join(dataRoot, 'pglite'), pg?.url);
    await migrate({ db: e.db, kind: engine, close: async () => undefined } as Database);
    await seedDemo(e.db);
    const [community] = await addCommunities(e.db, 'scale', 1, big);
    const all = residentsOf(community, big);
    const runs: { size: string; rush: Rush }[] = [
      { size: '1×', rush: { community, event: 'scale-1x', seats: BASE_SEATS, residents: all.slice(0, BASE_RESIDENTS) } },
      { size: `${FACTOR}×`, rush: { community, event: `scale-${FACTOR}x`, seats: BASE_SEATS * FACTOR, residents: all } },
    ];
    for (const r of runs) await addEvent(e.db, community, r.rush.event, r.rush.seats);
    await e.close();
    const results: { rush: Rush; answers: Map<string, Answer[]> }[] = [];
    const runtime = await startRuntime({ dataRoot, databaseUrl: pg?.url });
    try {
      for (const { size, rush } of runs) {
        const l = load();
        const h = await driveHttp(runtime, dataRoot, shuffle(requestsOf(rush)));
        const memory = memoryOf(runtime.child.pid);
        console.log(`[scale ${engine}] ${size}: ${h.t.n} requests in ${h.t.seconds.toFixed(1)} s, p99 ${ms(h.t.p99)}, peak RSS ${memory?.peak.toFixed(0)} MB`);
        rows.push({ engine, size, t: h.t, errors: h.errors, correct: [], memory, load: l });
        results.push({ rush, answers: h.answers });
      }
    } finally {
      await runtime.stop();
    }
    const v = await openDb(engine, path.join(dataRoot, 'pglite'), pg?.url);
    try {
      for (let i = 0; i < results.length; i++) rows[i].correct = await verify(v.db, results[i].rush, results[i].answers);
    } finally {
      await v.close();
    }
  } finally {
    await pg?.drop();
    fs.rmSync(dataRoot, { recursive: true, force: true });
  }
  return rows;
}

export async function city(): Promise<string> {
  const dataRoot = tmpDir('city');
  const pg = await createPgDatabase();
  try {
    console.log(`[city] preparing: ${CITY_COMMUNITIES} communities × ${CITY_RESIDENTS} residents, a ${CITY_SEATS}-seat event each, and one community alone`);
    const e = await openDb('postgres', '', pg.url);
    await migrate({ db: e.db, kind: 'postgres', close: async () => undefined } as Database);
    await seedDemo(e.db);
    const ids = await addCommunities(e.db, 'city', CITY_COMMUNITIES + 1, CITY_RESIDENTS);
    const rushes: Rush[] = ids.map((c) => ({ community: c, event: `rush-${c}`, seats: CITY_SEATS, residents: residentsOf(c, CITY_RESIDENTS) }));
    for (const r of rushes) await addEvent(e.db, r.community, r.event, r.seats);
    await e.close();
    const [alone, ...together] = rushes;

    const runtime = await startRuntime({ dataRoot, databaseUrl: pg.url });
    let soloT: Timing, allT: Timing, soloLoad: string, allLoad: string;
    let perCommunityP99: number[] = [];
    const problems: string[] = [];
    const check = async (rs: Rush[], answers: Map<string, Answer[]>) => {
      const v = await openDb('postgres', '', pg.url);
      try {
        for (const r of rs) {
          const out = await verify(v.db, r, answers);
          if (!out[0].startsWith(`${Math.min(r.seats, r.residents.length)} confirmed`)) problems.push(`${r.community}: ${out.join('; ')}`);
        }
      } finally {
        await v.close();
      }
    };
    let errors = 0;
    try {
      soloLoad = load();
      const solo = await driveHttp(runtime, dataRoot, shuffle(requestsOf(alone)));
      soloT = solo.t;
      errors += solo.errors;
      await check([alone], solo.answers);
      console.log(`[city] one community: ${solo.t.perSecond.toFixed(0)}/s, p99 ${ms(solo.t.p99)}`);
      allLoad = load();
      const all = await driveHttp(runtime, dataRoot, shuffle(together.flatMap(requestsOf)));
      allT = all.t;
      errors += all.errors;
      perCommunityP99 = [...all.byCommunity.values()].map((l) => timing(l, 1).p99).sort((a, b) => a - b);
      await check(together, all.answers);
      console.log(`[city] ${together.length} communities at once: ${all.t.perSecond.toFixed(0)}/s, p99 ${ms(all.t.p99)}`);
    } finally {
      await runtime.stop();
    }
    const verdict = problems.length
      ? problems.slice(0, 5).join('; ')
      : `every community: ${CITY_SEATS} confirmed (seats 1..${CITY_SEATS}), waiting list gap-free, positions told right, retries = first reply`;
    return [
      `One PostgreSQL server, the HTTP runtime (pool 10), ${IN_FLIGHT} in flight. Each community: a ${CITY_SEATS}-seat event, ${CITY_RESIDENTS.toLocaleString('en')} residents + ${(CITY_RESIDENTS / RETRY_EVERY).toLocaleString('en')} retries. First one community alone, then ${together.length} others at once, their requests interleaved in one shuffled stream.`,
      '',
      table(
        ['run', 'requests', 'wall', 'req/s', 'p50', 'p99', 'load at start'],
        [
          ['one community alone', soloT.n, `${soloT.seconds.toFixed(1)} s`, soloT.perSecond.toFixed(0), ms(soloT.p50), ms(soloT.p99), soloLoad],
          [`${together.length} communities at once`, allT.n, `${allT.seconds.toFixed(1)} s`, allT.perSecond.toFixed(0), ms(allT.p50), ms(allT.p99), allLoad],
        ],
      ),
      '',
      `Throughput ${together.length} communities vs one: ${(allT.perSecond / soloT.perSecond).toFixed(2)}×; p99 ${(allT.p99 / soloT.p99).toFixed(2)}×. Per-community p99 in the shared run: min ${ms(perCommunityP99[0])}, median ${ms(perCommunityP99[Math.floor(perCommunityP99.length / 2)])}, max ${ms(perCommunityP99[perCommunityP99.length - 1])}. Errors: ${errors}. Correctness: ${verdict}.`,
    ].join('\n');
  } finally {
    await pg.drop();
    fs.rmSync(dataRoot, { recursive: true, force: true });
  }
}
