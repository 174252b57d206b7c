import { create } from 'zustand';
import type { RedemptionView } from '@linli/types';
import { messageOf } from '@/lib/cloud-error';
import { newRequestKey } from '@/lib/request-key';
import { cancelRedemption, fetchMyRedemptions } from '../services/shop.service';

interface MyRedemptionsState {
  items: RedemptionView[];
  loaded: boolean;
  loading: boolean;
  error: string | null;
  busyId: string | null;
  actionError: string | null;
  actionDone: string | null;
  load: (communityId: string) => Promise<void>;
  /** Puts a redemption just made at the top, so its page shows at once. */
  remember: (r: RedemptionView) => void;
  cancel: (communityId: string, r: RedemptionView) => Promise<void>;
  reset: () => void;
}

const initial = {
  items: [],
  loaded: false,
  loading: false,
  error: null,
  busyId: null,
  actionError: null,
  actionDone: null,
};

export const useMyRedemptionsStore = create<MyRedemptionsState>()((set, get) => ({
  ...initial,
  load: async (communityId) => {
    set({ loading: true, error: null });
    try {
      set({ items: await fetchMyRedemptions(communityId), loaded: true, loading: false });
    } catch (e) {
      set({ loading: false, error: messageOf(e) });
    }
  },
  remember: (r) => set({ items: [r, ...get().items.filter((i) => i.id !== r.id)] }),
  cancel: async (communityId, r) => {
    if (get().busyId) return;
    set({ busyId: r.id, actionError: null, actionDone: null });
    try {
      const updated = await cancelRedemption(communityId, r.id, newRequestKey());
      set({
        busyId: null,
        actionDone: `已取消“${updated.itemTitle}”，${updated.points} 分已退回`,
        items: get().items.map((i) => (i.id === updated.id ? updated : i)),
      });
    } catch (e) {
      set({ busyId: null, actionError: messageOf(e) });
    }
  },
  reset: () => set(initial),
}));
