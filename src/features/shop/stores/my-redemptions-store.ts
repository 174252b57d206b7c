import { create } from 'zustand';
import type { RedemptionView } from '@linli/types';
import { type Loadable, type RowActions, loadable, rowActions, storeTasks } from '@/lib/store-task';
import { cancelRedemption, fetchMyRedemptions } from '../services/shop.service';

interface MyRedemptionsState extends Loadable, RowActions {
  items: RedemptionView[];
  load: (communityId: string) => Promise<void>;
  /** Puts a redemption just made at the top, so its page shows at once. */
  remember: (r: RedemptionView) => void;
  cancel: (communityId: string, r: RedemptionView) => Promise<void>;
  reset: () => void;
}

const initial = {
  items: [],
  ...loadable,
  ...rowActions,
};

export const useMyRedemptionsStore = create<MyRedemptionsState>()((set, get) => {
  const tasks = storeTasks(get, set);
  return {
    ...initial,
    load: async (communityId) => {
      await tasks.fetch(
        () => fetchMyRedemptions({ communityId }),
        (items) => ({ items, loaded: true }),
      );
    },
    remember: (r) => set({ items: [r, ...get().items.filter((i) => i.id !== r.id)] }),
    cancel: async (communityId, r) => {
      await tasks.act({
        busy: 'busyId',
        id: r.id,
        error: 'actionError',
        start: { actionDone: null },
        intent: 'cancel',
        input: r.id,
        send: (o) => cancelRedemption({ communityId, redemptionId: r.id }, o),
        done: (updated) => ({
          actionDone: `已取消“${updated.itemTitle}”，${updated.points} 分已退回`,
          items: get().items.map((i) => (i.id === updated.id ? updated : i)),
        }),
      });
    },
    reset: tasks.reset(initial),
  };
});
