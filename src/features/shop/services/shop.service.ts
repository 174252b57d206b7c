import type { ActionInput, ResidentRow } from '@linli/types';
import { action, call } from '@/lib/cloud';

export type ItemInput = Omit<ActionInput<'shop', 'saveItem'>, 'communityId'>;

export const fetchItems = action('shop', 'items');
export const redeemItem = action('shop', 'redeem');
export const fetchMyRedemptions = action('shop', 'myRedemptions');
export const cancelRedemption = action('shop', 'cancelRedemption');
export const fulfilCode = action('shop', 'fulfil');
export const fetchMerchantRedemptions = action('shop', 'merchantRedemptions');
export const saveItem = action('shop', 'saveItem');

/** The resident's balance, shown above the catalog. */
export async function fetchBalance(input: ActionInput<'points', 'mine'>): Promise<number> {
  return (await call('points', 'mine', input)).balance;
}

/** Residents a merchant account can be linked to (staff only); a blank query lists everyone. */
export function searchPeople({
  query,
  ...input
}: ActionInput<'points', 'residents'>): Promise<ResidentRow[]> {
  const q = query?.trim();
  return call('points', 'residents', q ? { ...input, query: q } : input);
}
