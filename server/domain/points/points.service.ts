import { and, desc, eq, or, sql } from 'drizzle-orm';
import type { ActionParsed, PointsSummary } from '@linli/types';
import { transfers } from '../../db/schema';
import type { Ctx } from '../shared/context';
import { pointsAccountId } from '../ledger/accounts';
import { balanceOf } from '../ledger/ledger';

const CODE_MEMO: Record<string, string> = {
  attendance: '参加活动',
  volunteer_hours: '志愿服务',
  manual_award: '社区奖励',
  redemption: '积分兑换',
  reversal: '冲正',
};

export async function mine(ctx: Ctx, input: ActionParsed<'points', 'mine'>): Promise<PointsSummary> {
  const account = pointsAccountId(ctx.actor.userId);
  const mineWhere = and(
    eq(transfers.communityId, input.communityId),
    eq(transfers.unit, 'points'),
    or(eq(transfers.toAccount, account), eq(transfers.fromAccount, account)),
  );
  const [rows, [totals]] = await Promise.all([
    ctx.db.select().from(transfers).where(mineWhere).orderBy(desc(transfers.createdAt)).limit(20),
    ctx.db
      .select({
        earned: sql<string | null>`sum(amount) filter (where ${transfers.toAccount} = ${account})`,
        spent: sql<string | null>`sum(amount) filter (where ${transfers.fromAccount} = ${account})`,
      })
      .from(transfers)
      .where(mineWhere),
  ]);
  return {
    balance: await balanceOf(ctx.db, input.communityId, account),
    earnedTotal: Number(totals?.earned ?? 0),
    spentTotal: Number(totals?.spent ?? 0),
    recent: rows.map((t) => ({
      id: t.id,
      amount: t.toAccount === account ? t.amount : -t.amount,
      code: t.code,
      memo: t.memo || CODE_MEMO[t.code] || t.code,
      createdAt: t.createdAt.toISOString(),
    })),
  };
}
