import { askConsent } from '@/lib/notice-consent';
import { defineStore } from '@/lib/define-store';
import type { RedemptionView, ShopItemView } from '@linli/types';
import { fetchBalance, fetchItems, redeemItem } from '../services/shop.service';
import { type Loadable, loadable } from '@/lib/store-task';

interface ShopState extends Loadable {
  items: ShopItemView[];
  /** The resident's points; null until known. */
  balance: number | null;
  busyId: string | null;
  /** The item whose redemption failed, and why. */
  errorItemId: string | null;
  redeemError: string | null;
  /** The redemption just made, shown with its code. */
  redeemed: RedemptionView | null;
  load: (communityId: string) => Promise<void>;
  redeem: (communityId: string, item: ShopItemView) => Promise<RedemptionView | null>;
  reset: () => void;
}

const initial = {
  items: [],
  ...loadable,
  balance: null,
  busyId: null,
  errorItemId: null,
  redeemError: null,
  redeemed: null,
};

export const useShopStore = defineStore<ShopState>(initial, ({ get, tasks }) => {
  return {
    load: async (communityId) => {
      await tasks.fetch(
        () => Promise.all([fetchItems({ communityId }), fetchBalance({ communityId })]),
        ([items, balance]) => ({ items, balance, loaded: true }),
      );
    },
    redeem: async (communityId, item) => {
      if (get().busyId) return null;
      // The key is the item's: a kept key never carries over to another item.
      const redeemed = await tasks.act({
        busy: 'busyId',
        id: item.id,
        error: 'redeemError',
        start: { errorItemId: item.id, redeemed: null },
        intent: 'redeem',
        input: item.id,
        send: async (o) => {
          await askConsent(communityId, ['redemption_ready']);
          return redeemItem({ communityId, itemId: item.id }, o);
        },
        done: (redeemed) => ({
          redeemed,
          errorItemId: null,
          balance: get().balance === null ? null : Math.max(0, get().balance! - redeemed.points),
          items: get().items.map((i) => (i.id === item.id ? { ...i, stock: Math.max(0, i.stock - 1) } : i)),
        }),
      });
      return redeemed ?? null;
    },
  };
});
