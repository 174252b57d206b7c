/** 积分超市 catalog: residents browse; staff keep the items (points price, the fund's cost, stock, merchant). */
import { and, asc, eq } from 'drizzle-orm';
import type { ActionParsed, ShopItemView } from '@linli/types';
import { shopItems } from '../../db/schema';
import { fail } from '../shared/app-error';
import { audit } from '../shared/audit';
import type { Ctx } from '../shared/context';
import { rolesIn } from '../users/users.repository';

type ItemRow = typeof shopItems.$inferSelect;
export const itemView = (r: ItemRow): ShopItemView => ({
  id: r.id,
  title: r.title,
  merchantName: r.merchantName,
  pointsPrice: r.pointsPrice,
  costFen: r.costFen,
  stock: r.stock,
  photoUrl: r.photoUrl,
  active: r.active,
});

export async function items(ctx: Ctx, input: ActionParsed<'shop', 'items'>): Promise<ShopItemView[]> {
  const staff = ctx.roles.includes('staff') || ctx.roles.includes('admin');
  const where = [eq(shopItems.communityId, input.communityId)];
  if (!staff) where.push(eq(shopItems.active, true));
  const rows = await ctx.db.select().from(shopItems).where(and(...where)).orderBy(asc(shopItems.pointsPrice));
  return rows.map(itemView);
}

export async function saveItem(ctx: Ctx, input: ActionParsed<'shop', 'saveItem'>): Promise<ShopItemView> {
  const { communityId, itemId, ...fields } = input;
  if (fields.merchantUserId && !(await rolesIn(ctx.db, communityId, fields.merchantUserId))?.includes('merchant')) {
    fail('INPUT.INVALID', 'merchantUserId 不是本社区的爱心商家');
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
    [row] = await ctx.db.insert(shopItems).values({ communityId, ...fields }).returning();
  }
  await audit(ctx.db, {
    communityId,
    actorUserId: ctx.actor.userId,
    action: itemId ? 'shop.updateItem' : 'shop.createItem',
    targetType: 'shop_item',
    targetId: row.id,
    after: fields,
  });
  return itemView(row);
}
