/** 公示: the fund's public board, and the month's statement as .xlsx for staff and the committee. */
import { and, desc, eq, sql } from 'drizzle-orm';
import type { ActionParsed, ExportFile, FundBoard, InvariantReport, MonthFlow } from '@linli/types';
import type { Executor } from '../../db/client';
import { bare, query } from '../../db/query';
import { donations, invariantRuns, redemptions, shopItems, transfers } from '../../db/schema';
import type { Ctx } from '../shared/context';
import { writeXlsx, type Cell } from '../shared/sheets';
import { ACCOUNTS } from '../ledger/accounts';
import { balanceOf } from '../ledger/ledger';
import { donationView } from './donations.service';
import { expenseViews } from './expenses.service';
import { fundCard } from './fund.service';

const MONTH = sql`to_char(${transfers.createdAt} at time zone 'Asia/Shanghai', 'YYYY-MM')`;

async function monthly(db: Executor, communityId: string): Promise<MonthFlow[]> {
  const rows = await query<{ month: string; in_fen: string | null; out_fen: string | null }>(
    db,
    sql`select ${MONTH} as month,
        sum(${transfers.amount}) filter (where ${transfers.toAccount} = ${ACCOUNTS.fund.id}) as in_fen,
        sum(${transfers.amount}) filter (where ${transfers.fromAccount} = ${ACCOUNTS.fund.id}) as out_fen
      from ${transfers} where ${transfers.communityId} = ${communityId} and ${transfers.unit} = 'fen'
        and (${transfers.toAccount} = ${ACCOUNTS.fund.id} or ${transfers.fromAccount} = ${ACCOUNTS.fund.id})
      group by 1 order by 1 desc limit 12`,
  );
  return rows.reverse().map((r) => ({ month: r.month, inFen: Number(r.in_fen ?? 0), outFen: Number(r.out_fen ?? 0) }));
}

export async function board(ctx: Ctx, input: ActionParsed<'fund', 'board'>): Promise<FundBoard> {
  const c = input.communityId;
  const [card, months, gifts, spending, byItem, latest, inKindFen, committedFen] = await Promise.all([
    fundCard(ctx.db, c),
    monthly(ctx.db, c),
    ctx.db.select().from(donations).where(eq(donations.communityId, c)).orderBy(desc(donations.createdAt)).limit(100),
    expenseViews(ctx.db, c),
    query<{ title: string; merchant_name: string; count: number; points: string; cost_fen: string }>(
      ctx.db,
      sql`select i.${bare(shopItems.title)}, i.${bare(shopItems.merchantName)}, count(*)::int as count, sum(r.${bare(redemptions.points)}) as points, sum(r.${bare(redemptions.costFen)}) as cost_fen
        from ${redemptions} r join ${shopItems} i on i.${bare(shopItems.communityId)} = r.${bare(redemptions.communityId)} and i.${bare(shopItems.id)} = r.${bare(redemptions.itemId)}
        where r.${bare(redemptions.communityId)} = ${c} and r.${bare(redemptions.status)} <> 'cancelled'
        group by i.${bare(shopItems.title)}, i.${bare(shopItems.merchantName)} order by count(*) desc`,
    ),
    ctx.db
      .select()
      .from(invariantRuns)
      .where(and(eq(invariantRuns.communityId, c)))
      .orderBy(desc(invariantRuns.createdAt))
      .limit(1),
    balanceOf(ctx.db, c, ACCOUNTS.inKind.id),
    balanceOf(ctx.db, c, ACCOUNTS.merchantPayable.id),
  ]);
  return {
    card,
    inKindFen,
    committedFen,
    monthly: months,
    donations: gifts.map(donationView),
    expenses: spending,
    redemptionsByItem: byItem.map((r) => ({
      title: r.title,
      merchantName: r.merchant_name,
      count: r.count,
      points: Number(r.points),
      costFen: Number(r.cost_fen),
    })),
    invariants: (latest[0]?.report as InvariantReport | undefined) ?? null,
  };
}

export async function exportStatement(ctx: Ctx, input: ActionParsed<'fund', 'exportStatement'>): Promise<ExportFile> {
  const rows = await query<{ created_at: string | Date; code: string; from_account: string; to_account: string; amount: string; memo: string }>(
    ctx.db,
    sql`select ${transfers.createdAt}, ${transfers.code}, ${transfers.fromAccount}, ${transfers.toAccount}, ${transfers.amount}, ${transfers.memo} from ${transfers}
      where ${transfers.communityId} = ${input.communityId} and ${transfers.unit} = 'fen' and ${MONTH} = ${input.month}
        and (${transfers.toAccount} = ${ACCOUNTS.fund.id} or ${transfers.fromAccount} = ${ACCOUNTS.fund.id})
      order by ${transfers.createdAt}`,
  );
  const CODE: Record<string, string> = { donation: '捐赠', expense: '支出', redemption: '积分兑换', payout: '商家结算', reversal: '冲正' };
  const yuan = (fen: number) => Math.round(fen) / 100;
  let balanceIn = 0;
  let balanceOut = 0;
  const body: Cell[][] = rows.map((r) => {
    const inflow = r.to_account === ACCOUNTS.fund.id ? Number(r.amount) : 0;
    const outflow = r.from_account === ACCOUNTS.fund.id ? Number(r.amount) : 0;
    balanceIn += inflow;
    balanceOut += outflow;
    const at = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'short', timeStyle: 'short' }).format(new Date(r.created_at));
    return [at, CODE[r.code] ?? r.code, r.memo, inflow ? yuan(inflow) : null, outflow ? yuan(outflow) : null];
  });
  const file = await writeXlsx(`${input.month} 月报`, [
    [`社区微基金 ${input.month} 收支明细（单位：元）`],
    ['时间', '类别', '说明', '收入', '支出'],
    ...body,
    ['合计', '', '', yuan(balanceIn), yuan(balanceOut)],
  ]);
  return {
    filename: `社区微基金-${input.month}-收支明细.xlsx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    base64: file.toString('base64'),
  };
}
