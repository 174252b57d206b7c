import type { RedemptionStatus, RedemptionView, ResidentRow, ShopItemView } from '@linli/types';
import { call } from '@/lib/cloud';

export function fetchItems(communityId: string): Promise<ShopItemView[]> {
  return call('shop', 'items', { communityId });
}

export function redeemItem(communityId: string, itemId: string, requestKey: string): Promise<RedemptionView> {
  return call('shop', 'redeem', { communityId, itemId }, { requestKey });
}

export function fetchMyRedemptions(communityId: string): Promise<RedemptionView[]> {
  return call('shop', 'myRedemptions', { communityId });
}

export function cancelRedemption(
  communityId: string,
  redemptionId: string,
  requestKey: string,
): Promise<RedemptionView> {
  return call('shop', 'cancelRedemption', { communityId, redemptionId }, { requestKey });
}

export function fulfilCode(communityId: string, code: string, requestKey: string): Promise<RedemptionView> {
  return call('shop', 'fulfil', { communityId, code }, { requestKey });
}

export function fetchMerchantRedemptions(
  communityId: string,
  status?: RedemptionStatus,
): Promise<RedemptionView[]> {
  return call('shop', 'merchantRedemptions', status ? { communityId, status } : { communityId });
}

export interface ItemInput {
  itemId?: string;
  title: string;
  merchantName: string;
  merchantUserId: string | null;
  pointsPrice: number;
  costFen: number;
  stock: number;
  photoUrl: string | null;
  active: boolean;
}

export function saveItem(communityId: string, input: ItemInput, requestKey: string): Promise<ShopItemView> {
  return call('shop', 'saveItem', { communityId, ...input }, { requestKey });
}

/** Residents a merchant account can be linked to (staff only). */
export function searchPeople(communityId: string, query: string): Promise<ResidentRow[]> {
  const q = query.trim();
  return call('points', 'residents', q ? { communityId, query: q } : { communityId });
}

/** The resident's balance, shown above the catalog. */
export async function fetchBalance(communityId: string): Promise<number> {
  return (await call('points', 'mine', { communityId })).balance;
}
