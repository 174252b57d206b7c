import { create } from 'zustand';
import type { AppealSummary } from '@linli/types';
import { messageOf } from '@/lib/cloud-error';
import { fetchList, fetchMine, type ListFilter } from '../services/appeals.service';

interface State {
  items: AppealSummary[];
  total: number;
  loaded: boolean;
  loading: boolean;
  error: string | null;
  filter: ListFilter;
  /** 我的诉求: the caller's own. */
  loadMine: (communityId: string) => Promise<void>;
  /** Handlers' list (grid worker: their grid; staff: all), with the filter. */
  loadFor: (communityId: string, filter?: ListFilter) => Promise<void>;
  reset: () => void;
}

const initial = { items: [], total: 0, loaded: false, loading: false, error: null, filter: {} };

export const useAppealListStore = create<State>()((set, get) => {
  // The newest request wins: a slow answer for an old filter must not overwrite a newer one.
  let seq = 0;
  const run = async (fetch: () => Promise<{ items: AppealSummary[]; total: number }>) => {
    const mine = ++seq;
    set({ loading: true, error: null });
    try {
      const r = await fetch();
      if (mine === seq) set({ ...r, loaded: true, loading: false });
    } catch (e) {
      if (mine === seq) set({ loading: false, error: messageOf(e) });
    }
  };
  return {
    ...initial,
    loadMine: (communityId) =>
      run(async () => {
        const items = await fetchMine(communityId);
        return { items, total: items.length };
      }),
    loadFor: (communityId, filter) => {
      const f = filter ?? get().filter;
      set({ filter: f });
      return run(() => fetchList(communityId, f));
    },
    reset: () => set(initial),
  };
});
