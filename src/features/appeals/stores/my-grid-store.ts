import { create } from 'zustand';
import type { MyGrid } from '@linli/types';
import { messageOf } from '@/lib/cloud-error';
import { fetchMyGrid } from '../services/appeals.service';

interface State {
  data: MyGrid | null;
  loading: boolean;
  error: string | null;
  load: (communityId: string) => Promise<void>;
  reset: () => void;
}

/** 我的网格: my buildings, the people in them, the elders I signed up, my open appeals. */
export const useMyGridStore = create<State>()((set) => ({
  data: null,
  loading: false,
  error: null,
  load: async (communityId) => {
    set({ loading: true, error: null });
    try {
      set({ data: await fetchMyGrid(communityId), loading: false });
    } catch (e) {
      set({ loading: false, error: messageOf(e) });
    }
  },
  reset: () => set({ data: null, loading: false, error: null }),
}));
