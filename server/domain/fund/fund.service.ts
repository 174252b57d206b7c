import { query } from '../../db/query';
import { sql } from 'drizzle-orm';
import type { FundCard } from '@linli/types';
import type { Executor } from '../../db/client';
import { transfers } from '../../db/schema';
import { ACCOUNTS } from '../ledger/accounts';
import { balanceOf } from '../ledger/ledger';

/** The fund's public balance card: what came in, what went out, what is left (all in fen). */
export async function fundCard(db: Executor, communityId: string): Promise<FundCard> {
  const fund = ACCOUNTS.fund.id;
  const [totals] = (
    await query<{ donations: string | null; spent: string | null; donation_count: number }>(db, sql`
      select
        sum(${transfers.amount}) filter (where ${transfers.toAccount} = ${fund} and ${transfers.code} = 'donation') as donations,
        sum(${transfers.amount}) filter (where ${transfers.fromAccount} = ${fund}) as spent,
        (count(*) filter (where ${transfers.toAccount} = ${fund} and ${transfers.code} = 'donation'))::int as donation_count
      from ${transfers} where ${transfers.communityId} = ${communityId} and ${transfers.unit} = 'fen'`)
  );
  return {
    balanceFen: await balanceOf(db, communityId, fund),
    donationsFen: Number(totals?.donations ?? 0),
    spentFen: Number(totals?.spent ?? 0),
    donationCount: totals?.donation_count ?? 0,
  };
}
