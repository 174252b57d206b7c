/** 积分超市 catalog: residents browse; staff keep the items (points price, the fund's cost, stock, merchant). */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { ActionParsed, ShopItemView } from '@linli/types';
import { shopItems, users } from '../../db/schema';
import type { Executor } from '../../db/client';
import { fail } from '../shared/app-error';
import { audit } from '../shared/audit';
import { hasRole, type Ctx } from '../shared/context';
import { rolesIn } from '../users/users.repository';

type ItemRow = typeof shopItems.$inferSelect;
export const itemView = (r: ItemRow, operatorName?: string | null): ShopItemView => ({
  id: r.id,
  title: r.title,
  merchantName: r.merchantName,
  pointsPrice: r.pointsPrice,
  costFen: r.costFen,
  stock: r.stock,
  photoUrl: r.photoUrl,
  active: r.active,
  merchantOperator:
    r.merchantUserId && operatorName !== undefined
      ? { userId: r.merchantUserId, name: operatorName ?? '' }
      : null,
});

/** Staff see which account fulfils each item (so editing an item keeps it); others do not. */
async function viewsFor(db: Executor, rows: ItemRow[], staff: boolean): Promise<ShopItemView[]> {
  if (!staff) return rows.map((r) => itemView(r));
  const ids = [...new Set(rows.map((r) => r.merchantUserId).filter((x): x is string => !!x))];
  const names = new Map(
    ids.length
      ? (
          await db
            .select({ id: users.id, name: users.name, nickname: users.nickname })
            .from(users)
            .where(inArray(users.id, ids))
        ).map((u) => [u.id, u.name ?? u.nickname] as const)
      : [],
  );
  return rows.map((r) => itemView(r, r.merchantUserId ? (names.get(r.merchantUserId) ?? '') : null));
}


export async function items(ctx: Ctx, input: ActionParsed<'shop', 'items'>): Promise<ShopItemView[]> {
  const staff = hasRole(ctx, 'staff');
  const where = [eq(shopItems.communityId, input.communityId)];
  if (!staff) where.push(eq(shopItems.active, true));
  const rows = await ctx.db
    .select()
    .from(shopItems)
    .where(and(...where))
    .orderBy(asc(shopItems.pointsPrice));
  return viewsFor(ctx.db, rows, staff);
}

export async function saveItem(ctx: Ctx, input: ActionParsed<'shop', 'saveItem'>): Promise<ShopItemView> {
  const { communityId, itemId, ...fields } = input;
  if (
    fields.merchantUserId &&
    !(await rolesIn(ctx.db, communityId, fields.merchantUserId))?.includes('merchant')
  ) {
    fail('SHOP.MERCHANT_NOT_MEMBER');
  }
  let row: ItemRow | undefined;
  if (itemId) {
    [row] = await ctx.db
      .update(shopItems)
      .set(fields)
      .where(and(eq(shopItems.communityId, communityId), eq(shopItems.id, itemId)))
      .returning();
    if (!row) fail('SHOP.ITEM_NOT_FOUND');
  } else {
    [row] = await ctx.db
      .insert(shopItems)
      .values({ communityId, ...fields })
      .returning();
  }
  await audit(ctx.db, {
    communityId,
    actorUserId: ctx.actor.userId,
    action: itemId ? 'shop.updateItem' : 'shop.createItem',
    targetType: 'shop_item',
    targetId: row.id,
    after: fields,
  });
  return (await viewsFor(ctx.db, [row], hasRole(ctx, 'staff')))[0];
}
