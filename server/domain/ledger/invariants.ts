/**
 * The ledger's promises, checked from the rows themselves and published: every unit's balances sum
 * to zero (each transfer moved an amount from one account to another), each balance equals the sum
 * of its transfers, no account that may not go negative is negative, the fund is the sum of its
 * flows, and the fund covers the points in circulation.
 */
import { sql } from 'drizzle-orm';
import type { InvariantReport } from '@linli/types';
import type { Executor } from '../../db/client';
import { bare, query } from '../../db/query';
import { accounts, invariantRuns, transfers } from '../../db/schema';
import { ACCOUNTS } from './accounts';
import { coverage } from './coverage';

export async function checkInvariants(db: Executor, communityId: string, now = new Date()): Promise<InvariantReport> {
  const sums = await query<{ unit: string; total: string }>(
    db,
    sql`select ${accounts.unit}, sum(${accounts.balance}) as total from ${accounts} where ${accounts.communityId} = ${communityId} group by ${accounts.unit} order by ${accounts.unit}`,
  );
  const drift = await query<{ id: string; balance: string; expected: string }>(
    db,
    sql`select a.${bare(accounts.id)}, a.${bare(accounts.balance)}, coalesce(i.s, 0) - coalesce(o.s, 0) as expected
      from ${accounts} a
      left join (select ${transfers.toAccount}, sum(${transfers.amount}) s from ${transfers}
          where ${transfers.communityId} = ${communityId} group by ${transfers.toAccount}) i
        on i.${bare(transfers.toAccount)} = a.${bare(accounts.id)}
      left join (select ${transfers.fromAccount}, sum(${transfers.amount}) s from ${transfers}
          where ${transfers.communityId} = ${communityId} group by ${transfers.fromAccount}) o
        on o.${bare(transfers.fromAccount)} = a.${bare(accounts.id)}
      where a.${bare(accounts.communityId)} = ${communityId} and a.${bare(accounts.balance)} <> coalesce(i.s, 0) - coalesce(o.s, 0)
      order by a.${bare(accounts.id)} limit 20`,
  );
  const negative = await query<{ id: string; balance: string }>(
    db,
    sql`select ${accounts.id}, ${accounts.balance} from ${accounts} where ${accounts.communityId} = ${communityId} and not ${accounts.mayGoNegative} and ${accounts.balance} < 0 limit 20`,
  );
  const [flows] = await query<{ donations: string | null; out: string | null; fund: string | null }>(
    db,
    sql`select
      (select sum(${transfers.amount}) from ${transfers}
        where ${transfers.communityId} = ${communityId} and ${transfers.toAccount} = ${ACCOUNTS.fund.id}) as donations,
      (select sum(${transfers.amount}) from ${transfers}
        where ${transfers.communityId} = ${communityId} and ${transfers.fromAccount} = ${ACCOUNTS.fund.id}) as out,
      (select ${accounts.balance} from ${accounts}
        where ${accounts.communityId} = ${communityId} and ${accounts.id} = ${ACCOUNTS.fund.id}) as fund`,
  );
  const cov = await coverage(db, communityId, 'full');
  const fundIn = Number(flows?.donations ?? 0);
  const fundOut = Number(flows?.out ?? 0);
  const fundBalance = Number(flows?.fund ?? 0);
  const checks = [
    {
      name: 'balanced',
      label: '每笔转账借贷平衡（各单位余额合计为零）',
      ok: sums.every((s) => Number(s.total) === 0),
      detail: sums.map((s) => `${s.unit === 'fen' ? '资金' : '积分'}合计 ${s.total}`).join('；') || '暂无账户',
    },
    {
      name: 'balances_match_transfers',
      label: '每个账户余额等于其转账之和',
      ok: drift.length === 0,
      detail: drift.length ? drift.map((d) => `${d.id}：余额 ${d.balance}，按流水应为 ${d.expected}`).join('；') : '全部一致',
    },
    {
      name: 'no_negative_balances',
      label: '居民积分和基金余额没有负数',
      ok: negative.length === 0,
      detail: negative.length ? negative.map((n) => `${n.id}：${n.balance}`).join('；') : '没有负数',
    },
    {
      name: 'fund_flows',
      label: '基金余额 = 流入 − 支出 − 兑换 ≥ 0',
      ok: fundBalance === fundIn - fundOut && fundBalance >= 0,
      detail: `流入 ${fundIn} − 流出 ${fundOut} = ${fundIn - fundOut}，账面余额 ${fundBalance}（单位：分）`,
    },
    {
      name: 'points_covered',
      label: '流通积分可由基金兑付',
      ok: cov.covered,
      detail: `流通积分 ${cov.outstandingPoints} × ${cov.pointValueFen} 分 = ${cov.outstandingPoints * cov.pointValueFen} 分 ≤ 基金 ${cov.fundFen} 分`,
    },
  ];
  return { ok: checks.every((c) => c.ok), checkedAt: now.toISOString(), checks };
}

/** Runs the check and keeps the result, so the public board shows the latest one. */
export async function recordInvariants(db: Executor, communityId: string, now = new Date()): Promise<InvariantReport> {
  const report = await checkInvariants(db, communityId, now);
  await db.insert(invariantRuns).values({ communityId, ok: report.ok, report, createdAt: now });
  return report;
}
