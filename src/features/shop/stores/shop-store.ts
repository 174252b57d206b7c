import { askConsent } from '@/lib/notice-consent';
import { create } from 'zustand';
import type { RedemptionView, ShopItemView } from '@linli/types';
import { messageOf } from '@/lib/cloud-error';
import { fetchBalance, fetchItems, redeemItem } from '../services/shop.service';
import { intentKey } from '@/lib/intent-key';

interface ShopState {
  items: ShopItemView[];
  loaded: boolean;
  loading: boolean;
  error: string | null;
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
  loaded: false,
  loading: false,
  error: null,
  balance: null,
  busyId: null,
  errorItemId: null,
  redeemError: null,
  redeemed: null,
};

const key = intentKey();
/** The item the kept key belongs to: a key never carries over to another item. */
let keyItem: string | null = null;

export const useShopStore = create<ShopState>()((set, get) => ({
  ...initial,
  load: async (communityId) => {
    set({ loading: true, error: null });
    try {
      const [items, balance] = await Promise.all([fetchItems(communityId), fetchBalance(communityId)]);
      set({ items, balance, loaded: true, loading: false });
    } catch (e) {
      set({ loading: false, error: messageOf(e) });
    }
  },
  redeem: async (communityId, item) => {
    if (get().busyId) return null;
    if (keyItem !== item.id) key.clear();
    keyItem = item.id;
    set({ busyId: item.id, errorItemId: null, redeemError: null, redeemed: null });
    try {
      await askConsent(communityId, ['redemption_ready']);
      const redeemed = await redeemItem(communityId, item.id, key.get());
      key.settle();
      set({
        busyId: null,
        redeemed,
        balance: get().balance === null ? null : Math.max(0, get().balance! - redeemed.points),
        items: get().items.map((i) => (i.id === item.id ? { ...i, stock: Math.max(0, i.stock - 1) } : i)),
      });
      return redeemed;
    } catch (e) {
      key.settle(e);
      set({ busyId: null, errorItemId: item.id, redeemError: messageOf(e) });
      return null;
    }
  },
  reset: () => {
    key.clear();
    set(initial);
  },
}));
