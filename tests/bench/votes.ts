/**
 * 协商议事 at estate scale: BENCH_VOTE_HOUSEHOLDS (default 4,000) households vote on one 议题 through the HTTP runtime
 * (a child process, as `npm start`), 50 in flight, within the target of one minute, on each engine. Every 10th
 * household sends its vote again with the same request key (a retry) and every 10th has a second member who also
 * tries to vote (refused: one ballot per household). Afterwards staff close the topic and the stored result is checked
 * against what was sent: exactly one ballot per household, counts per option as cast.
 */
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { TopicDetail } from '@linli/types';
import { openDatabase, type Database } from '../../server/db/client';
import { migrate } from '../../server/db/migrate';
import { query } from '../../server/db/query';
import { ballots, estates, households, members, users } from '../../server/db/schema';
import { clearActorCache } from '../../server/functions/actors';
import { dispatch } from '../../server/functions/router';
import { createDevAuth, loadDevSecret } from '../../server/runtime/dev-auth';
import { seedDemo } from '../../server/seed/seed';
import { C } from './fixtures';
import { createPgDatabase, jsonClient, ms, pool, shuffle, startRuntime, table, timing, tmpDir, type Timing } from './lib';

export const HOUSEHOLDS = Number(process.env.BENCH_VOTE_HOUSEHOLDS ?? 4000);
const IN_FLIGHT = 50;
const ESTATE = 'bench-votes';
const BUILDINGS = 40;

type Engine = 'pglite' | 'postgres';

interface Outcome {
  engine: Engine;
  t: Timing;
  requests: number;
  refused: number;
  errors: number;
  check: string;
}

/** One member per household (`vh-<n>-a`), a second one in every 10th (`vh-<n>-b`). */
async function addHouseholds(db: Database['db']): Promise<{ first: string[]; second: string[] }> {
  await db.insert(estates).values({ communityId: C, id: ESTATE, name: '压测苑', buildings: Array.from({ length: BUILDINGS }, (_, i) => `${i + 1}栋`) });
  const first: string[] = [];
  const second: string[] = [];
  for (let i = 0; i < HOUSEHOLDS; i += 500) {
    const n = Math.min(500, HOUSEHOLDS - i);
    const homes = await db
      .insert(households)
      .values(Array.from({ length: n }, (_, k) => ({ communityId: C, estateId: ESTATE, building: `${((i + k) % BUILDINGS) + 1}栋`, unit: '', room: String(1000 + i + k) })))
      .returning({ id: households.id, building: households.building, room: households.room });
    const people = homes.flatMap((h, k) => {
      const idx = i + k;
      const list = [{ openid: `vh-${idx}-a`, h }];
      if (idx % 10 === 5) list.push({ openid: `vh-${idx}-b`, h });
      return list;
    });
    const us = await db
      .insert(users)
      .values(people.map((p) => ({ openid: p.openid, nickname: p.openid, name: p.openid })))
      .returning({ id: users.id, openid: users.openid });
    const idOf = new Map(us.map((u) => [u.openid, u.id]));
    await db.insert(members).values(
      people.map((p) => ({ communityId: C, userId: idOf.get(p.openid)!, estateId: ESTATE, building: p.h.building, unit: null, room: p.h.room, householdId: p.h.id })),
    );
    for (const p of people) (p.openid.endsWith('-a') ? first : second).push(p.openid);
  }
  return { first, second };
}

const call = (db: Database['db'], openid: string, action: string, data: unknown, requestKey?: string) =>
  dispatch({ db, log: () => undefined }, 'deliberation', { action, data, requestKey }, { openid });

async function votesOn(engine: Engine): Promise<Outcome> {
  const dataRoot = tmpDir(`votes-${engine}`);
  const pg = engine === 'postgres' ? await createPgDatabase() : null;
  const open = () => openDatabase({ url: pg?.url, dataDir: path.join(dataRoot, 'pglite'), noLock: true });
  try {
    console.log(`[votes ${engine}] preparing: migrate, seed, ${HOUSEHOLDS} households`);
    let d = await open();
    await migrate(d);
    await seedDemo(d.db);
    const { first, second } = await addHouseholds(d.db);
    const created = await call(d.db, 'demo-staff', 'create', {
      communityId: C,
      kind: 'deliberation',
      title: '压测：门的颜色',
      background: '',
      source: 'staff',
      scope: [{ estateId: ESTATE }],
      options: [{ label: '墨绿' }, { label: '米白' }, { label: '砖红' }],
      opensAt: new Date(Date.now() - 60_000).toISOString(),
      closesAt: new Date(Date.now() + 3600_000).toISOString(),
      quorumPct: 50,
      passPct: 40,
    }, 'bench-votes-create');
    if (!created.reply.ok) throw new Error(`create: ${created.reply.error.code}`);
    const topic = created.reply.data as TopicDetail;
    await query(d.db, sql`analyze`);
    await d.close();
    clearActorCache();

    // Household i votes option i % 3 (its second member tries option (i + 1) % 3).
    const optionOf = (openid: string) => {
      const [, n, who] = openid.split('-');
      return topic.options[(Number(n) + (who === 'b' ? 1 : 0)) % 3].id;
    };
    const reqs = shuffle([
      ...first.map((o) => ({ openid: o, key: `vote-${o}` })),
      ...first.filter((_, i) => i % 10 === 3).map((o) => ({ openid: o, key: `vote-${o}` })),
      ...second.map((o) => ({ openid: o, key: `vote-${o}` })),
    ]);

    const runtime = await startRuntime({ dataRoot, databaseUrl: pg?.url });
    const auth = createDevAuth(loadDevSecret(dataRoot));
    const client = jsonClient(runtime.url, IN_FLIGHT);
    const tokens = new Map(reqs.map((r) => [r.openid, `Bearer ${auth.issue(r.openid)}`]));
    const lat: number[] = [];
    let refused = 0;
    let errors = 0;
    const accepted = new Set<string>();
    const firstErrors: string[] = [];
    const t0 = performance.now();
    await pool(reqs, IN_FLIGHT, async (r) => {
      const s = performance.now();
      const res = await client
        .post('/fn/deliberation', { action: 'vote', data: { communityId: C, topicId: topic.id, optionId: optionOf(r.openid) }, requestKey: r.key }, { authorization: tokens.get(r.openid)! })
        .catch((err: Error) => ({ status: 0, body: { ok: false, error: { code: err.message, message: '' } } }));
      lat.push(performance.now() - s);
      if (res.body.ok) return void accepted.add(r.openid);
      if (res.body.error?.code === 'DELIBERATION.HOUSEHOLD_VOTED') refused++;
      else {
        errors++;
        if (firstErrors.length < 3) firstErrors.push(`${res.status} ${res.body.error?.code}`);
      }
    });
    const t = timing(lat, (performance.now() - t0) / 1000);
    if (firstErrors.length) console.log(`  errors (first 3): ${firstErrors.join(', ')}`);
    client.close();
    await runtime.stop();
    console.log(`[votes ${engine}] ${reqs.length} requests in ${t.seconds.toFixed(1)} s (${t.perSecond.toFixed(0)}/s)`);

    d = await open();
    const closed = await call(d.db, 'demo-staff', 'close', { communityId: C, topicId: topic.id }, 'bench-votes-close');
    if (!closed.reply.ok) throw new Error(`close: ${closed.reply.error.code}`);
    const result = (closed.reply.data as TopicDetail).result!;
    const [stored] = await query<{ n: number; h: number }>(
      d.db,
      sql`select count(*)::int as n, count(distinct ${ballots.householdId})::int as h from ${ballots} where ${ballots.topicId} = ${topic.id}`,
    );
    await d.close();
    // Exactly what was cast: household i holds option i % 3, unless its second member got in first ((i + 1) % 3).
    const expected = [0, 0, 0];
    first.forEach((o, i) => {
      const b = `vh-${o.split('-')[1]}-b`;
      expected[(i + (accepted.has(b) ? 1 : 0)) % 3]++;
    });
    const problems: string[] = [];
    if (stored.n !== HOUSEHOLDS || stored.h !== HOUSEHOLDS) problems.push(`${stored.n} ballots for ${stored.h} households`);
    if (result.ballots !== HOUSEHOLDS) problems.push(`result counts ${result.ballots}`);
    if (result.eligible !== HOUSEHOLDS) problems.push(`eligible ${result.eligible}`);
    if (refused !== second.length) problems.push(`${refused} refused, expected ${second.length}`);
    const got = result.counts.map((c) => c.votes);
    if (got.join('/') !== expected.join('/')) problems.push(`tally ${got.join('/')} but cast ${expected.join('/')}`);
    const check = problems.length
      ? problems.join('; ')
      : `exactly ${HOUSEHOLDS} ballots (one per household); tally ${got.join('/')} = as cast; ${refused} refused (one per shared household)`;
    return { engine, t, requests: reqs.length, refused, errors, check };
  } finally {
    await pg?.drop();
    const fs = await import('node:fs');
    fs.rmSync(dataRoot, { recursive: true, force: true });
  }
}

export async function votes(engines: Engine[]): Promise<string> {
  const out: Outcome[] = [];
  for (const e of engines) out.push(await votesOn(e));
  return [
    `${HOUSEHOLDS.toLocaleString('en')} households vote on one 议题 through the HTTP runtime, ${IN_FLIGHT} in flight, shuffled: every household once, ${HOUSEHOLDS / 10} retries with the same request key, and a second member in every 10th household who also tries (refused). Target: all within one minute. The result is computed at close and checked against the ballots.`,
    '',
    table(
      ['engine', 'requests', 'wall', 'req/s', 'p50', 'p99', 'within 1 min', 'refused (2nd member)', 'errors', 'tally'],
      out.map((o) => [
        o.engine === 'pglite' ? 'PGlite (embedded)' : 'PostgreSQL (pool 10)',
        o.requests,
        `${o.t.seconds.toFixed(1)} s`,
        o.t.perSecond.toFixed(0),
        ms(o.t.p50),
        ms(o.t.p99),
        o.t.seconds <= 60 ? 'yes' : 'no',
        o.refused,
        o.errors,
        o.check,
      ]),
    ),
  ].join('\n');
}
