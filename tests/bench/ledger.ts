/**
 * The ledger: 10,000 residents and 200,000 transfers prepared with bulk SQL, then an earn/redeem
 * mix at 50 in flight (staff award points; residents redeem in the 积分超市), as the bare SQL
 * transaction and through the HTTP runtime on the same engine. Then the redemption race: more
 * residents than stock, and one resident redeeming in parallel beyond their balance.
 * Checks afterwards: every balance equals the sum of its transfers, no resident below zero, stock
 * never below zero, exactly as many redemptions as stock allowed.
 */
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Database, Db } from '../../server/db/client';
import { openDatabase } from '../../server/db/client';
import { migrate } from '../../server/db/migrate';
import { query } from '../../server/db/query';
import { createDevAuth, loadDevSecret } from '../../server/runtime/dev-auth';
import { seedDemo } from '../../server/seed/seed';
import { addResidents, C } from './fixtures';
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
import { PGlite } from '@electric-sql/pglite';
import { Pool } from 'pg';

const RESIDENTS = Number(process.env.BENCH_LEDGER_RESIDENTS ?? 10_000);
const TRANSFERS = Number(process.env.BENCH_LEDGER_TRANSFERS ?? 200_000);
const MIX = Number(process.env.BENCH_LEDGER_OPS ?? 4000);
const IN_FLIGHT = 50;
const STAFF = 50;

type Engine = 'pglite' | 'postgres';
type Q = (text: string, params: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>;

async function prepare(db: Db) {
  await seedDemo(db);
  const ids = await addResidents(db, 'lg', RESIDENTS);
  const users = [...ids.values()];
  const per = TRANSFERS / RESIDENTS;
  await query(
    db,
    sql`insert into accounts (community_id, id, unit, kind, owner_user_id, may_go_negative, balance)
    select ${C}, 'points:' || u.id, 'points', 'resident', u.id, false, ${per * 10}
    from users u where u.openid like 'lg-%'`,
  );
  await query(
    db,
    sql`insert into transfers (community_id, idempotency_key, unit, from_account, to_account, amount, code, memo)
    select ${C}, 'bench:' || u.id || ':' || g, 'points', 'issuance', 'points:' || u.id, 10, 'attendance', '压测预置'
    from users u cross join generate_series(1, ${per}) g where u.openid like 'lg-%'`,
  );
  await query(
    db,
    sql`update accounts set balance = balance - ${TRANSFERS * 10} where community_id = ${C} and id = 'issuance'`,
  );
  // Enough fund money to cover every point (the exchange rule), as one donation.
  const big = 1_000_000_000;
  await query(
    db,
    sql`insert into transfers (community_id, idempotency_key, unit, from_account, to_account, amount, code, memo)
    values (${C}, 'bench:donation', 'fen', 'donors', 'fund', ${big}, 'donation', '压测捐赠')`,
  );
  await query(
    db,
    sql`update accounts set balance = balance + ${big} where community_id = ${C} and id = 'fund'`,
  );
  await query(
    db,
    sql`update accounts set balance = balance - ${big} where community_id = ${C} and id = 'donors'`,
  );
  // 50 of them are staff (one caller's rate limit is 20/s), and items to redeem.
  await query(
    db,
    sql`insert into member_roles (community_id, user_id, role)
    select ${C}, u.id, 'staff' from users u where u.openid like 'lg-%' order by u.openid limit ${STAFF}`,
  );
  await query(
    db,
    sql`insert into shop_items (community_id, id, merchant_name, title, points_price, cost_fen, stock)
    values (${C}, 'bench-mix', '压测商家', '压测商品', 50, 100, 1000000), (${C}, 'bench-race', '压测商家', '限量商品', 50, 100, 100)`,
  );
  await query(db, sql`analyze`);
  return { ids, users };
}

// ---------- the bare SQL transactions ----------
const S = {
  claim: `insert into request_keys (user_id, key, fn, action) values ($1, $2, $3, $4) on conflict do nothing returning key`,
  lockFund: `select 1 from accounts where community_id = $1 and id = 'fund' for update`,
  transfer: `insert into transfers (community_id, idempotency_key, unit, from_account, to_account, amount, code, actor_user_id)
    values ($1, $2, $3, $4, $5, $6, $7, $8) on conflict do nothing returning id`,
  debit: `update accounts set balance = balance - $3 where community_id = $1 and id = $2 and (may_go_negative or balance >= $3) returning balance`,
  credit: `update accounts set balance = balance + $3 where community_id = $1 and id = $2 returning balance`,
  covered: `select (select coalesce(sum(balance), 0) from accounts where community_id = $1 and unit = 'points' and kind = 'resident')
      * (select point_value_fen from communities where id = $1) <= (select balance from accounts where community_id = $1 and id = 'fund') as ok`,
  stock: `update shop_items set stock = stock - 1 where community_id = $1 and id = $2 and active and stock > 0 returning points_price, cost_fen`,
  redemption: `insert into redemptions (community_id, item_id, user_id, points, cost_fen, code) values ($1, $2, $3, $4, $5, $6) returning id`,
  reply: `update request_keys set reply = $3 where user_id = $1 and key = $2`,
};

class Refused extends Error {}

async function move(
  q: Q,
  key: string,
  unit: string,
  from: string,
  to: string,
  amount: number,
  code: string,
  actor: string,
) {
  await q(S.transfer, [C, key, unit, from, to, amount, code, actor]);
  if ((await q(S.debit, [C, from, amount])).rows.length === 0) throw new Refused('INSUFFICIENT');
  await q(S.credit, [C, to, amount]);
}

async function bareEarn(q: Q, staff: string, resident: string, key: string) {
  if ((await q(S.claim, [staff, key, 'points', 'award'])).rows.length === 0) return;
  await q(S.lockFund, [C]);
  await move(q, `award:${key}`, 'points', 'issuance', `points:${resident}`, 10, 'manual_award', staff);
  if (!(await q(S.covered, [C])).rows[0].ok) throw new Refused('NOT_COVERED');
  await q(S.reply, [staff, key, JSON.stringify({ ok: true })]);
}

async function bareRedeem(q: Q, user: string, key: string, item: string) {
  if ((await q(S.claim, [user, key, 'shop', 'redeem'])).rows.length === 0) return;
  await q(S.lockFund, [C]);
  const s = await q(S.stock, [C, item]);
  if (s.rows.length === 0) throw new Refused('OUT_OF_STOCK');
  const { points_price: price, cost_fen: cost } = s.rows[0] as { points_price: number; cost_fen: number };
  await move(q, `redeem:${key}:points`, 'points', `points:${user}`, 'redeemed', price, 'redemption', user);
  await move(q, `redeem:${key}:fund`, 'fen', 'fund', 'merchant_payable', cost, 'redemption', user);
  if (!(await q(S.covered, [C])).rows[0].ok) throw new Refused('NOT_COVERED');
  await q(S.redemption, [C, item, user, price, cost, key.slice(-8).toUpperCase()]);
  await q(S.reply, [user, key, JSON.stringify({ ok: true })]);
}

/** Runs `work` in one transaction on the raw engine (PGlite's own, or a pg pool client). */
type Txn = (work: (q: Q) => Promise<void>) => Promise<void>;

async function rawEngine(engine: Engine, where: string): Promise<{ txn: Txn; close(): Promise<void> }> {
  if (engine === 'pglite') {
    const c = await PGlite.create(where);
    return { txn: (w) => c.transaction((tx) => w((t, p) => tx.query(t, p))), close: () => c.close() };
  }
  const p = new Pool({ connectionString: where, max: 10 });
  return {
    async txn(w) {
      const c = await p.connect();
      try {
        await c.query('begin');
        try {
          await w((t, params) => c.query(t, params));
          await c.query('commit');
        } catch (err) {
          await c.query('rollback');
          throw err;
        }
      } finally {
        c.release();
      }
    },
    close: () => p.end(),
  };
}

interface Op {
  kind: 'earn' | 'redeem';
  actor: string; // openid
  actorId: string;
  resident: string; // user id (earn)
  key: string;
}

function mix(ids: Map<string, string>, tag: string): Op[] {
  const openids = [...ids.keys()];
  const staff = openids.slice(0, STAFF);
  const people = shuffle(openids.slice(STAFF));
  return shuffle(
    Array.from({ length: MIX }, (_, i) => {
      const who = i % 2 === 0 ? staff[i % STAFF] : people[i % people.length];
      return {
        kind: i % 2 === 0 ? ('earn' as const) : ('redeem' as const),
        actor: who,
        actorId: ids.get(who)!,
        resident: ids.get(people[(i * 7) % people.length])!,
        key: `${tag}-${i}-${Math.random().toString(36).slice(2, 10)}`,
      };
    }),
  );
}

async function driveOps<T>(items: T[], work: (x: T) => Promise<boolean>) {
  const lat: number[] = [];
  let ok = 0;
  const t0 = performance.now();
  await pool(items, IN_FLIGHT, async (x) => {
    const s = performance.now();
    if (await work(x)) ok++;
    lat.push(performance.now() - s);
  });
  return { t: timing(lat, (performance.now() - t0) / 1000), ok };
}

async function checks(db: Db): Promise<string[]> {
  // One pass over the transfers (a hash aggregate), not a correlated sum per account.
  const [r] = await query<{ bad_sum: number; negative: number; stock_neg: number }>(
    db,
    sql`with flows as (
        select to_account as id, amount from transfers where community_id = ${C}
        union all
        select from_account, -amount from transfers where community_id = ${C}),
      sums as (select id, sum(amount) as s from flows group by id)
      select
        (select count(*)::int from accounts a left join sums on sums.id = a.id
          where a.community_id = ${C} and a.balance <> coalesce(sums.s, 0)) as bad_sum,
        (select count(*)::int from accounts where community_id = ${C} and not may_go_negative and balance < 0) as negative,
        (select count(*)::int from shop_items where stock < 0) as stock_neg`,
  );
  return [
    r.bad_sum === 0
      ? 'every balance = sum of its transfers'
      : `${r.bad_sum} balances differ from their transfers`,
    r.negative === 0 && r.stock_neg === 0
      ? 'nothing below zero'
      : `${r.negative} accounts / ${r.stock_neg} items below zero`,
  ];
}

interface LedgerOutcome {
  engine: Engine;
  bare: { t: Timing; ok: number };
  http: { t: Timing; ok: number };
  race: string[];
  checks: string[];
}

async function ledgerOn(engine: Engine): Promise<LedgerOutcome> {
  const began = Date.now();
  const step = (what: string) =>
    console.log(`[ledger ${engine}] +${((Date.now() - began) / 1000).toFixed(0)} s ${what}`);
  const dataRoot = tmpDir(`ledger-${engine}`);
  const pglDir = path.join(dataRoot, 'pglite');
  const pg = engine === 'postgres' ? await createPgDatabase() : null;
  try {
    console.log(
      `[ledger ${engine}] preparing ${RESIDENTS} residents and ${TRANSFERS} transfers with bulk SQL`,
    );
    const t0 = Date.now();
    let database: Database = await openDatabase(pg ? { url: pg.url } : { dataDir: pglDir, noLock: true });
    await migrate(database);
    const { ids } = await prepare(database.db);
    await database.close();
    console.log(`[ledger ${engine}] prepared in ${((Date.now() - t0) / 1000).toFixed(0)} s`);

    // Bare SQL mix.
    step('bare mix');
    const raw = await rawEngine(engine, pg ? pg.url : pglDir);
    const bareOps = mix(ids, 'bare');
    const bare = await driveOps(bareOps, async (o) => {
      try {
        await raw.txn((q) =>
          o.kind === 'earn'
            ? bareEarn(q, o.actorId, o.resident, o.key)
            : bareRedeem(q, o.actorId, o.key, 'bench-mix'),
        );
        return true;
      } catch (err) {
        if (err instanceof Refused) return false;
        throw err;
      }
    });
    await raw.close();
    console.log(`[ledger ${engine}] bare SQL: ${bare.t.perSecond.toFixed(0)}/s`);

    // The HTTP runtime.
    step('runtime start');
    const runtime = await startRuntime({ dataRoot, databaseUrl: pg?.url });
    const auth = createDevAuth(loadDevSecret(dataRoot));
    const client = jsonClient(runtime.url, IN_FLIGHT);
    const call = (openid: string, fn: string, action: string, data: unknown, requestKey: string) =>
      client.post(
        `/fn/${fn}`,
        { action, data, requestKey },
        { authorization: `Bearer ${auth.issue(openid)}` },
      );
    const httpOps = mix(ids, 'http');
    const codes = new Map<string, number>();
    const http = await driveOps(httpOps, async (o) => {
      const res =
        o.kind === 'earn'
          ? await call(
              o.actor,
              'points',
              'award',
              { communityId: C, residentId: o.resident, amount: 10, reason: '压测奖励' },
              o.key,
            )
          : await call(o.actor, 'shop', 'redeem', { communityId: C, itemId: 'bench-mix' }, o.key);
      if (!res.body.ok)
        codes.set(
          res.body.error?.code ?? String(res.status),
          (codes.get(res.body.error?.code ?? String(res.status)) ?? 0) + 1,
        );
      return !!res.body.ok;
    });
    if (codes.size) console.log(`[ledger ${engine}] refusals:`, Object.fromEntries(codes));
    console.log(`[ledger ${engine}] HTTP: ${http.t.perSecond.toFixed(0)}/s`);

    step('race');
    // The redemption race: 300 residents for 100 in stock; one resident with 100 points tries 10 at once.
    const openids = [...ids.keys()].slice(STAFF, STAFF + 300);
    const raceCodes = new Map<string, number>();
    await pool(openids, IN_FLIGHT, async (o) => {
      const res = await call(o, 'shop', 'redeem', { communityId: C, itemId: 'bench-race' }, `race-${o}`);
      const k = res.body.ok ? 'ok' : (res.body.error?.code ?? String(res.status));
      raceCodes.set(k, (raceCodes.get(k) ?? 0) + 1);
    });
    const poor = [...ids.keys()][ids.size - 1];
    const poorId = ids.get(poor)!;
    const lone = new Map<string, number>();
    await client.close();
    await runtime.stop();

    database = await openDatabase(pg ? { url: pg.url } : { dataDir: pglDir, noLock: true });
    // Leave the resident exactly 100 points (2 redemptions of 50), by a balancing deduction.
    const [{ balance }] = await query<{ balance: number }>(
      database.db,
      sql`select balance::int from accounts where community_id = ${C} and id = ${'points:' + poorId}`,
    );
    if (balance > 100) {
      await query(
        database.db,
        sql`insert into transfers (community_id, idempotency_key, unit, from_account, to_account, amount, code, memo)
        values (${C}, 'bench:poor', 'points', ${'points:' + poorId}, 'issuance', ${balance - 100}, 'manual_deduct', '压测')`,
      );
      await query(
        database.db,
        sql`update accounts set balance = 100 where community_id = ${C} and id = ${'points:' + poorId}`,
      );
      await query(
        database.db,
        sql`update accounts set balance = balance + ${balance - 100} where community_id = ${C} and id = 'issuance'`,
      );
    }
    await database.close();
    step('lone resident');
    const rt2 = await startRuntime({ dataRoot, databaseUrl: pg?.url });
    const c2 = jsonClient(rt2.url, 10);
    await Promise.all(
      Array.from({ length: 10 }, async (_, i) => {
        const res = await c2.post(
          '/fn/shop',
          {
            action: 'redeem',
            data: { communityId: C, itemId: 'bench-mix' },
            requestKey: `lone-${i}-${poor}`,
          },
          { authorization: `Bearer ${auth.issue(poor)}` },
        );
        const k = res.body.ok ? 'ok' : (res.body.error?.code ?? String(res.status));
        lone.set(k, (lone.get(k) ?? 0) + 1);
      }),
    );
    c2.close();
    await rt2.stop();

    database = await openDatabase(pg ? { url: pg.url } : { dataDir: pglDir, noLock: true });
    step('checks');
    const verdict = await checks(database.db);
    step('checked');
    const [poorAfter] = await query<{ balance: number }>(
      database.db,
      sql`select balance::int from accounts where community_id = ${C} and id = ${'points:' + poorId}`,
    );
    const [raceRows] = await query<{ n: number; stock: number }>(
      database.db,
      sql`select (select count(*)::int from redemptions where item_id = 'bench-race') as n, (select stock from shop_items where id = 'bench-race') as stock`,
    );
    await database.close();
    const race = [
      `300 residents for 100 in stock: ${raceCodes.get('ok') ?? 0} redeemed, ${raceCodes.get('SHOP.OUT_OF_STOCK') ?? 0} told out of stock; ${raceRows.n} redemptions stored, stock left ${raceRows.stock}${raceRows.n === 100 && raceRows.stock === 0 ? ' ✓' : ' ✗'}`,
      `one resident with 100 points, 10 redemptions of 50 at once: ${lone.get('ok') ?? 0} succeeded, ${lone.get('POINTS.INSUFFICIENT') ?? 0} refused (insufficient), balance after ${poorAfter.balance}${lone.get('ok') === 2 && poorAfter.balance === 0 ? ' ✓' : ' ✗'}`,
    ];
    console.log(`[ledger ${engine}]`, race.join('; '), verdict.join('; '));
    return { engine, bare, http, race, checks: verdict };
  } finally {
    await pg?.drop();
    fs.rmSync(dataRoot, { recursive: true, force: true });
  }
}

export async function ledger(engines: Engine[]): Promise<string> {
  const outs: LedgerOutcome[] = [];
  for (const e of engines) outs.push(await ledgerOn(e));
  const name = (e: Engine) => (e === 'pglite' ? 'PGlite (embedded)' : 'PostgreSQL (pool 10)');
  const rows = outs.flatMap((o) => [
    [
      name(o.engine),
      'bare SQL',
      o.bare.t.n,
      o.bare.ok,
      o.bare.t.perSecond.toFixed(0),
      ms(o.bare.t.p50),
      ms(o.bare.t.p99),
      '—',
    ],
    [
      name(o.engine),
      'HTTP runtime',
      o.http.t.n,
      o.http.ok,
      o.http.t.perSecond.toFixed(0),
      ms(o.http.t.p50),
      ms(o.http.t.p99),
      `${((o.http.t.perSecond / o.bare.t.perSecond) * 100).toFixed(0)} %`,
    ],
  ]);
  return [
    `${RESIDENTS.toLocaleString('en')} residents, ${TRANSFERS.toLocaleString('en')} transfers prepared by bulk SQL; then ${MIX.toLocaleString('en')} operations, half staff awards (points.award, 10 points) and half redemptions (shop.redeem, 50 points + 1 元 of fund money), ${IN_FLIGHT} in flight. Every one locks the fund row first (the exchange-rule lock), so they serialize on it by design.`,
    '',
    table(['engine', 'way', 'operations', 'succeeded', 'ops/s', 'p50', 'p99', 'vs bare SQL'], rows),
    '',
    ...outs.map((o) => `- ${name(o.engine)} race: ${o.race.join('; ')}. After all: ${o.checks.join('; ')}.`),
  ].join('\n');
}
