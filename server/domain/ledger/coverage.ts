/**
 * The exchange rule: points in residents' hands, valued at the point value in force now (the
 * community's rules version, server/domain/admin/rules.ts), never
 * exceed the fund's cash. Every path that mints points or spends fund money first locks the fund
 * account row (one lock order for all of them), then checks the rule after its transfers.
 */
import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { query } from '../../db/query';
import { accounts, communities, communityRules } from '../../db/schema';
import { fail } from '../shared/app-error';
import { ACCOUNTS } from './accounts';

export async function lockFund(db: Executor, communityId: string): Promise<void> {
  await query(
    db,
    sql`select 1 from ${accounts} where ${accounts.communityId} = ${communityId} and ${accounts.id} = ${ACCOUNTS.fund.id} for update`,
  );
}

export interface Coverage {
  outstandingPoints: number;
  pointValueFen: number;
  fundFen: number;
  covered: boolean;
}

/**
 * `fast` (every award and redemption): double entry makes the points in residents' hands equal to
 * minus the two system points accounts (issuance, redeemed) — two rows instead of every resident.
 * `full` (the invariant check): sums the residents' accounts themselves, so a corrupted balance shows.
 */
export async function coverage(
  db: Executor,
  communityId: string,
  how: 'fast' | 'full' = 'fast',
): Promise<Coverage> {
  const outstanding =
    how === 'full'
      ? sql`(select sum(${accounts.balance}) from ${accounts} where ${accounts.communityId} = ${communityId} and ${accounts.unit} = 'points' and ${accounts.kind} = 'resident')`
      : sql`(select -sum(${accounts.balance}) from ${accounts} where ${accounts.communityId} = ${communityId}
          and ${accounts.id} in (${ACCOUNTS.issuance.id}, ${ACCOUNTS.redeemed.id}))`;
  const [row] = await query<{ outstanding: string | null; fund: string | null; point_value_fen: number }>(
    db,
    sql`select
      ${outstanding} as outstanding,
      (select ${accounts.balance} from ${accounts} where ${accounts.communityId} = ${communityId} and ${accounts.id} = ${ACCOUNTS.fund.id}) as fund,
      coalesce(
        (select ${communityRules.pointValueFen} from ${communityRules}
          where ${communityRules.communityId} = ${communityId} and ${communityRules.effectiveFrom} <= now()
          order by ${communityRules.effectiveFrom} desc limit 1),
        (select ${communities.pointValueFen} from ${communities} where ${communities.id} = ${communityId})) as point_value_fen`,
  );
  const outstandingPoints = Number(row?.outstanding ?? 0);
  const fundFen = Number(row?.fund ?? 0);
  const pointValueFen = row?.point_value_fen ?? 0;
  return { outstandingPoints, pointValueFen, fundFen, covered: outstandingPoints * pointValueFen <= fundFen };
}

export async function assertCovered(db: Executor, communityId: string): Promise<void> {
  const c = await coverage(db, communityId);
  if (!c.covered) {
    fail(
      'FUND.POINTS_NOT_COVERED',
      `流通积分 ${c.outstandingPoints} 分 × ${c.pointValueFen} 分钱 > 基金余额 ${c.fundFen} 分钱`,
    );
  }
}
