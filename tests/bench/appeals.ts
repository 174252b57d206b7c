/**
 * 民情诉求 at city scale: the monthly public report over BENCH_APPEALS (default 100,000) appeals in one
 * community (target ≤ 200 ms on PostgreSQL), and submission throughput through the HTTP runtime (a
 * child process, as `npm start`), on each engine. The appeals are the seed's generator at a year's span
 * (server/seed/appeals-data.ts), written as JSON rows; submissions go through the real router with
 * request keys and are checked afterwards: one appeal row and one timeline entry per request.
 */
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { openDatabase, type Database } from '../../server/db/client';
import { migrate } from '../../server/db/migrate';
import { query } from '../../server/db/query';
import { appealCategories } from '../../server/db/schema';
import { buildReport } from '../../server/domain/appeals/report.service';
import { flagOverdueIn } from '../../server/domain/appeals/overdue';
import { chinaMonth, monthsBack } from '../../server/domain/appeals/deadlines';
import { createDevAuth, loadDevSecret } from '../../server/runtime/dev-auth';
import { generateAppeals } from '../../server/seed/appeals-data';
import { insertGenerated } from '../../server/seed/appeals';
import { seedDemo } from '../../server/seed/seed';
import { addResidents, C } from './fixtures';
import {
  createPgDatabase,
  jsonClient,
  ms,
  pool,
  startRuntime,
  table,
  timing,
  tmpDir,
  type Timing,
} from './lib';

export const APPEALS = Number(process.env.BENCH_APPEALS ?? 100_000);
export const SUBMITS = Number(process.env.BENCH_APPEAL_SUBMITS ?? 2000);
export const REPORT_RUNS = Number(process.env.BENCH_REPORT_RUNS ?? 10);
const IN_FLIGHT = 50;
const SUBMITTERS = 500;

type Engine = 'pglite' | 'postgres';

interface Outcome {
  engine: Engine;
  rows: number;
  loadSeconds: number;
  reportCurrent: Timing;
  reportPast: Timing;
  figures: string;
  submit: Timing;
  submitErrors: number;
  submitCheck: string;
}

async function timeReport(
  db: Database['db'],
  month: string,
  now: Date,
  runs: number,
): Promise<{ t: Timing; figures: string }> {
  for (let i = 0; i < 2; i++) await buildReport(db, C, month, now); // warm caches and plans
  const lat: number[] = [];
  let figures = '';
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) {
    const s = performance.now();
    const r = await buildReport(db, C, month, now);
    lat.push(performance.now() - s);
    figures = `${month}: collected ${r.collected}, solved ${r.solved}, explained ${r.explained}, refused ${r.refused}, open ${r.open}, overdue ${r.overdue}`;
  }
  return { t: timing(lat, (performance.now() - t0) / 1000), figures };
}

async function appealsOn(engine: Engine): Promise<Outcome> {
  const dataRoot = tmpDir(`appeals-${engine}`);
  const pg = engine === 'postgres' ? await createPgDatabase() : null;
  const open = () => openDatabase({ url: pg?.url, dataDir: path.join(dataRoot, 'pglite'), noLock: true });
  try {
    console.log(
      `[appeals ${engine}] preparing: migrate, seed, ${APPEALS.toLocaleString('en')} appeals, ${SUBMITTERS} submitters`,
    );
    let d = await open();
    await migrate(d);
    await seedDemo(d.db);
    const now = new Date();
    const residents = await query<{ userId: string; estateId: string; building: string }>(
      d.db,
      sql`select user_id as "userId", estate_id as "estateId", building from members where community_id = ${C} and estate_id is not null`,
    );
    const buildings = await query<{ key: string; grid_id: string; worker: string | null }>(
      d.db,
      sql`select gb.estate_id || '|' || gb.building as key, gb.grid_id, (select min(w.user_id) from grid_workers w
          where w.community_id = gb.community_id and w.grid_id = gb.grid_id) as worker
        from grid_buildings gb where gb.community_id = ${C}`,
    );
    const staff = await query<{ user_id: string }>(
      d.db,
      sql`select user_id from member_roles where community_id = ${C} and role = 'staff'`,
    );
    const categories = await d.db
      .select()
      .from(appealCategories)
      .where(sql`${appealCategories.communityId} = ${C}`);
    const t0 = performance.now();
    const gen = generateAppeals({
      communityId: C,
      count: APPEALS,
      spanDays: 365,
      now,
      residents,
      gridOf: new Map(buildings.map((b) => [b.key, b.grid_id])),
      workersOf: new Map(buildings.filter((b) => b.worker).map((b) => [b.grid_id, [b.worker!]])),
      staff: staff.map((s) => s.user_id),
      categories,
      seed: 2026,
      withEntries: false,
    });
    await d.db.transaction(async (tx) => {
      await insertGenerated(tx, gen);
      // The overdue flags the timer would already have recorded, so the runtime starts without a backlog.
      while ((await flagOverdueIn(tx, now, false)) > 0);
    });
    // vacuum as autovacuum would after a bulk load: it sets the visibility map the report's index-only scans rely on.
    await query(d.db, sql`vacuum analyze`);
    const loadSeconds = (performance.now() - t0) / 1000;
    const [{ n }] = await query<{ n: number }>(
      d.db,
      sql`select count(*)::int as n from appeals where community_id = ${C}`,
    );
    console.log(
      `[appeals ${engine}] ${n.toLocaleString('en')} appeals in the community, loaded in ${loadSeconds.toFixed(1)} s`,
    );

    const month = chinaMonth(now);
    const past = monthsBack(month, 3)[0];
    const current = await timeReport(d.db, month, now, REPORT_RUNS);
    const earlier = await timeReport(d.db, past, now, REPORT_RUNS);
    console.log(
      `[appeals ${engine}] report ${month}: p50 ${ms(current.t.p50)}, ${past}: p50 ${ms(earlier.t.p50)}`,
    );

    const people = await addResidents(d.db, 'apb', SUBMITTERS);
    const openids = [...people.keys()];
    await d.close();

    // Submissions through the HTTP runtime, each with its own request key.
    const runtime = await startRuntime({ dataRoot, databaseUrl: pg?.url });
    const auth = createDevAuth(loadDevSecret(dataRoot));
    const client = jsonClient(runtime.url, IN_FLIGHT);
    const tokens = new Map(openids.map((o) => [o, `Bearer ${auth.issue(o)}`]));
    const reqs = Array.from({ length: SUBMITS }, (_, i) => ({
      openid: openids[i % openids.length],
      key: `apb-submit-${String(i).padStart(6, '0')}`,
    }));
    const lat: number[] = [];
    let errors = 0;
    const first: string[] = [];
    const s0 = performance.now();
    await pool(reqs, IN_FLIGHT, async (r, i) => {
      const s = performance.now();
      const res = await client
        .post(
          '/fn/appeals',
          {
            action: 'submit',
            data: {
              communityId: C,
              categoryId: 'infrastructure',
              words: `bench-submit ${i} 楼道灯不亮`,
              namePublic: false,
            },
            requestKey: r.key,
          },
          { authorization: tokens.get(r.openid)! },
        )
        .catch((err: Error) => ({
          status: 0,
          body: { ok: false, error: { code: err.message, message: '' } },
        }));
      lat.push(performance.now() - s);
      if (!res.body.ok) {
        errors++;
        if (first.length < 3) first.push(`${res.status} ${res.body.error?.code}`);
      }
    });
    const submit = timing(lat, (performance.now() - s0) / 1000);
    client.close();
    await runtime.stop();
    if (first.length)
      console.log(
        `  errors (first 3): ${first.join(', ')}\n  runtime said: ${runtime.output().slice(-1500)}`,
      );

    d = await open();
    const [check] = await query<{ appeals: number; entries: number; routed: number }>(
      d.db,
      sql`select count(*)::int as appeals, sum((select count(*) from appeal_entries x where x.community_id = a.community_id
            and x.appeal_id = a.id))::int as entries, count(a.grid_id)::int as routed
        from appeals a where a.community_id = ${C} and a.words like 'bench-submit %'`,
    );
    await d.close();
    const submitCheck =
      check.appeals === SUBMITS && check.entries === SUBMITS && check.routed === SUBMITS
        ? `${SUBMITS} appeals, one timeline entry each, all routed to a grid`
        : `MISMATCH: ${check.appeals} appeals, ${check.entries} entries, ${check.routed} routed for ${SUBMITS} requests`;
    console.log(`[appeals ${engine}] submit via HTTP: ${submit.perSecond.toFixed(0)}/s; ${submitCheck}`);
    return {
      engine,
      rows: n,
      loadSeconds,
      reportCurrent: current.t,
      reportPast: earlier.t,
      figures: `${current.figures}; ${earlier.figures}`,
      submit,
      submitErrors: errors,
      submitCheck,
    };
  } finally {
    await pg?.drop();
    const fs = await import('node:fs');
    fs.rmSync(dataRoot, { recursive: true, force: true });
  }
}

export async function appeals(engines: Engine[]): Promise<string> {
  const out: Outcome[] = [];
  for (const e of engines) out.push(await appealsOn(e));
  const name = (e: Engine) => (e === 'pglite' ? 'PGlite (embedded)' : 'PostgreSQL (pool 10)');
  return [
    `The monthly report (\`appeals.report\`: figures, by category, by grid, by channel, six-month trend, median, ratings, closed list) over the appeals of one community, ${REPORT_RUNS} runs after 2 warm-ups; the running month and one three months back.`,
    '',
    table(
      [
        'engine',
        'appeals in community',
        'load',
        'report, this month p50',
        'p99',
        'report, 3 months back p50',
        'p99',
        'target',
      ],
      out.map((o) => [
        name(o.engine),
        o.rows.toLocaleString('en'),
        `${o.loadSeconds.toFixed(1)} s`,
        ms(o.reportCurrent.p50),
        ms(o.reportCurrent.p99),
        ms(o.reportPast.p50),
        ms(o.reportPast.p99),
        o.engine === 'postgres'
          ? o.reportCurrent.p99 <= 200 && o.reportPast.p99 <= 200
            ? '≤ 200 ms: met'
            : '≤ 200 ms: MISSED'
          : '—',
      ]),
    ),
    '',
    `Figures of the last run: ${out.map((o) => `${o.engine} — ${o.figures}`).join(' | ')}.`,
    '',
    `Submissions through the HTTP runtime: ${SUBMITS.toLocaleString('en')} \`appeals.submit\` from ${SUBMITTERS} residents, ${IN_FLIGHT} in flight, each with its own request key.`,
    '',
    table(
      ['engine', 'requests', 'wall', 'req/s', 'p50', 'p99', 'errors', 'check'],
      out.map((o) => [
        name(o.engine),
        o.submit.n,
        `${o.submit.seconds.toFixed(2)} s`,
        o.submit.perSecond.toFixed(0),
        ms(o.submit.p50),
        ms(o.submit.p99),
        o.submitErrors,
        o.submitCheck,
      ]),
    ),
  ].join('\n');
}
