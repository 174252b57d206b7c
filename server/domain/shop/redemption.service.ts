/**
 * A redemption, in one transaction and one lock order (fund row first): one item taken from stock
 * by a guarded UPDATE, the points debited (never below zero), the fund's money committed to the
 * merchant (never below zero), the exchange rule checked. Fulfilment pays the committed money out;
 * cancelling an unfulfilled one reverses both transfers and puts the item back.
 */
import crypto from 'node:crypto';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { ActionParsed, RedemptionView } from '@linli/types';
import type { Executor } from '../../db/client';
import { bare, query } from '../../db/query';
import { redemptions, shopItems, users } from '../../db/schema';
import { fail } from '../shared/app-error';
import type { Ctx } from '../shared/context';
import { ACCOUNTS, pointsAccountId } from '../ledger/accounts';
import { ensurePointsAccount, transfer } from '../ledger/ledger';
import { assertCovered, lockFund } from '../ledger/coverage';
import { newCode } from '../shared/codes';
import { notify, notifyWithReply } from '../notify/notify';

function redemptionQuery(db: Executor) {
  return db
    .select({
      id: redemptions.id,
      code: redemptions.code,
      itemId: redemptions.itemId,
      itemTitle: shopItems.title,
      merchantName: shopItems.merchantName,
      merchantUserId: redemptions.merchantUserId,
      userId: redemptions.userId,
      points: redemptions.points,
      costFen: redemptions.costFen,
      status: redemptions.status,
      holderName: sql<string>`coalesce(${users.name}, ${users.nickname})`,
      createdAt: redemptions.createdAt,
      fulfilledAt: redemptions.fulfilledAt,
    })
    .from(redemptions)
    .innerJoin(
      shopItems,
      and(eq(shopItems.communityId, redemptions.communityId), eq(shopItems.id, redemptions.itemId)),
    )
    .innerJoin(users, eq(users.id, redemptions.userId));
}
type Row = Awaited<ReturnType<ReturnType<typeof redemptionQuery>['execute']>>[number];

const view = (r: Row): RedemptionView => ({
  id: r.id,
  code: r.code,
  itemId: r.itemId,
  itemTitle: r.itemTitle,
  merchantName: r.merchantName,
  points: r.points,
  status: r.status,
  holderName: r.holderName,
  createdAt: r.createdAt.toISOString(),
  fulfilledAt: r.fulfilledAt ? r.fulfilledAt.toISOString() : null,
});

async function byId(db: Executor, communityId: string, id: string) {
  const [r] = await redemptionQuery(db).where(
    and(eq(redemptions.communityId, communityId), eq(redemptions.id, id)),
  );
  return r;
}

export async function redeem(ctx: Ctx, input: ActionParsed<'shop', 'redeem'>): Promise<RedemptionView> {
  const c = input.communityId;
  await lockFund(ctx.db, c);
  const [item] = await query<{
    id: string;
    title: string;
    points_price: number;
    cost_fen: number;
    merchant_user_id: string | null;
  }>(
    ctx.db,
    sql`update ${shopItems} set ${bare(shopItems.stock)} = ${shopItems.stock} - 1
      where ${shopItems.communityId} = ${c} and ${shopItems.id} = ${input.itemId} and ${shopItems.active} and ${shopItems.stock} > 0
      returning ${shopItems.id}, ${shopItems.title}, ${shopItems.pointsPrice}, ${shopItems.costFen}, ${shopItems.merchantUserId}`,
  );
  if (!item) {
    const [exists] = await ctx.db
      .select({ active: shopItems.active })
      .from(shopItems)
      .where(and(eq(shopItems.communityId, c), eq(shopItems.id, input.itemId)));
    fail(exists?.active ? 'SHOP.OUT_OF_STOCK' : 'SHOP.ITEM_NOT_FOUND');
  }
  const id = crypto.randomUUID();
  const account = await ensurePointsAccount(ctx.db, c, ctx.actor.userId);
  await transfer(ctx.db, {
    communityId: c,
    idempotencyKey: `redeem:${id}:points`,
    unit: 'points',
    from: account,
    to: ACCOUNTS.redeemed.id,
    amount: item.points_price,
    code: 'redemption',
    refType: 'redemption',
    refId: id,
    actorUserId: ctx.actor.userId,
    memo: `兑换：${item.title}`,
  });
  if (item.cost_fen > 0) {
    await transfer(ctx.db, {
      communityId: c,
      idempotencyKey: `redeem:${id}:fund`,
      unit: 'fen',
      from: ACCOUNTS.fund.id,
      to: ACCOUNTS.merchantPayable.id,
      amount: item.cost_fen,
      code: 'redemption',
      refType: 'redemption',
      refId: id,
      actorUserId: ctx.actor.userId,
      memo: `积分兑换：${item.title}`,
    });
  }
  await assertCovered(ctx.db, c);
  await ctx.db.insert(redemptions).values({
    communityId: c,
    id,
    itemId: item.id,
    userId: ctx.actor.userId,
    merchantUserId: item.merchant_user_id,
    points: item.points_price,
    costFen: item.cost_fen,
    code: newCode(),
    createdAt: ctx.now,
  });
  const made = (await byId(ctx.db, c, id))!;
  // Written with the reply: the fund row stays locked until commit.
  await notifyWithReply(ctx, [
    {
      communityId: c,
      userId: ctx.actor.userId,
      kind: 'redemption_ready',
      title: `兑换成功：${made.itemTitle}`,
      body: `请到 ${made.merchantName} 出示兑换码 ${made.code} 领取。`,
      link: redemptionLink(id),
      payload: {
        redemptionId: id,
        title: made.itemTitle,
        merchantName: made.merchantName,
        code: made.code,
        at: ctx.now.toISOString(),
      },
      dedupeKey: `redemption_ready:${id}`,
    },
  ]);
  return view(made);
}

const redemptionLink = (id: string) => `/packages/shop/pages/redemption/index?id=${encodeURIComponent(id)}`;

export async function myRedemptions(
  ctx: Ctx,
  input: ActionParsed<'shop', 'myRedemptions'>,
): Promise<RedemptionView[]> {
  const rows = await redemptionQuery(ctx.db)
    .where(and(eq(redemptions.communityId, input.communityId), eq(redemptions.userId, ctx.actor.userId)))
    .orderBy(desc(redemptions.createdAt))
    .limit(100);
  return rows.map(view);
}

export async function cancelRedemption(
  ctx: Ctx,
  input: ActionParsed<'shop', 'cancelRedemption'>,
): Promise<RedemptionView> {
  const c = input.communityId;
  const staff = ctx.roles.includes('staff') || ctx.roles.includes('admin');
  const before = await byId(ctx.db, c, input.redemptionId);
  if (!before || (before.userId !== ctx.actor.userId && !staff)) fail('SHOP.REDEMPTION_NOT_FOUND');
  await lockFund(ctx.db, c);
  const [r] = await query<{ id: string; item_id: string; user_id: string; points: number; cost_fen: number }>(
    ctx.db,
    sql`update ${redemptions} set ${bare(redemptions.status)} = 'cancelled', ${bare(redemptions.cancelledAt)} = ${ctx.now.toISOString()}::timestamptz
      where ${redemptions.communityId} = ${c} and ${redemptions.id} = ${input.redemptionId} and ${redemptions.status} = 'reserved'
      returning ${redemptions.id}, ${redemptions.itemId}, ${redemptions.userId}, ${redemptions.points}, ${redemptions.costFen}`,
  );
  if (!r) fail(before.status === 'fulfilled' ? 'SHOP.ALREADY_FULFILLED' : 'SHOP.ALREADY_CANCELLED');
  await transfer(ctx.db, {
    communityId: c,
    idempotencyKey: `reversal:redeem:${r.id}:points`,
    unit: 'points',
    from: ACCOUNTS.redeemed.id,
    to: pointsAccountId(r.user_id),
    amount: r.points,
    code: 'reversal',
    refType: 'redemption',
    refId: r.id,
    actorUserId: ctx.actor.userId,
    memo: `取消兑换，积分退回：${before.itemTitle}`,
  });
  if (r.cost_fen > 0) {
    await transfer(ctx.db, {
      communityId: c,
      idempotencyKey: `reversal:redeem:${r.id}:fund`,
      unit: 'fen',
      from: ACCOUNTS.merchantPayable.id,
      to: ACCOUNTS.fund.id,
      amount: r.cost_fen,
      code: 'reversal',
      refType: 'redemption',
      refId: r.id,
      actorUserId: ctx.actor.userId,
      memo: `取消兑换，资金退回基金：${before.itemTitle}`,
    });
  }
  await query(
    ctx.db,
    sql`update ${shopItems} set ${bare(shopItems.stock)} = ${shopItems.stock} + 1
      where ${shopItems.communityId} = ${c} and ${shopItems.id} = ${r.item_id}`,
  );
  return view((await byId(ctx.db, c, r.id))!);
}

export async function fulfil(ctx: Ctx, input: ActionParsed<'shop', 'fulfil'>): Promise<RedemptionView> {
  const c = input.communityId;
  const [found] = await redemptionQuery(ctx.db).where(
    and(eq(redemptions.communityId, c), eq(redemptions.code, input.code)),
  );
  if (!found) fail('SHOP.REDEMPTION_NOT_FOUND');
  if (found.merchantUserId !== ctx.actor.userId) fail('SHOP.NOT_YOUR_ITEM');
  const [r] = await query<{ id: string; cost_fen: number }>(
    ctx.db,
    sql`update ${redemptions} set ${bare(redemptions.status)} = 'fulfilled', ${bare(redemptions.fulfilledBy)} = ${ctx.actor.userId},
        ${bare(redemptions.fulfilledAt)} = ${ctx.now.toISOString()}::timestamptz
      where ${redemptions.communityId} = ${c} and ${redemptions.id} = ${found.id} and ${redemptions.status} = 'reserved'
      returning ${redemptions.id}, ${redemptions.costFen}`,
  );
  if (!r) fail(found.status === 'fulfilled' ? 'SHOP.ALREADY_FULFILLED' : 'SHOP.ALREADY_CANCELLED');
  if (r.cost_fen > 0) {
    await transfer(ctx.db, {
      communityId: c,
      idempotencyKey: `payout:${r.id}`,
      unit: 'fen',
      from: ACCOUNTS.merchantPayable.id,
      to: ACCOUNTS.payouts.id,
      amount: r.cost_fen,
      code: 'payout',
      refType: 'redemption',
      refId: r.id,
      actorUserId: ctx.actor.userId,
      memo: `商家核销：${found.merchantName}·${found.itemTitle}`,
    });
  }
  await notify(ctx.db, {
    communityId: c,
    userId: found.userId,
    kind: 'redemption_fulfilled',
    title: `已领取：${found.itemTitle}`,
    body: `${found.merchantName} 已核销您的兑换券。`,
    link: redemptionLink(r.id),
    payload: {
      redemptionId: r.id,
      title: found.itemTitle,
      merchantName: found.merchantName,
      at: ctx.now.toISOString(),
    },
    dedupeKey: `redemption_fulfilled:${r.id}`,
  });
  return view((await byId(ctx.db, c, r.id))!);
}

export async function merchantRedemptions(
  ctx: Ctx,
  input: ActionParsed<'shop', 'merchantRedemptions'>,
): Promise<RedemptionView[]> {
  const where = [
    eq(redemptions.communityId, input.communityId),
    eq(redemptions.merchantUserId, ctx.actor.userId),
  ];
  if (input.status) where.push(eq(redemptions.status, input.status));
  const rows = await redemptionQuery(ctx.db)
    .where(and(...where))
    .orderBy(desc(redemptions.createdAt))
    .limit(200);
  return rows.map(view);
}
