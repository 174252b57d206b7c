import { create } from 'zustand';
import type { HomeData } from '@linli/types';
import { messageOf } from '@/lib/cloud-error';
import { fetchHome } from '../services/home.service';

interface HomeState {
  data: HomeData | null;
  loading: boolean;
  error: string | null;
  load: (communityId: string) => Promise<void>;
  reset: () => void;
}

const initial = { data: null, loading: false, error: null };

export const useHomeStore = create<HomeState>()((set) => ({
  ...initial,
  load: async (communityId) => {
    set({ loading: true, error: null });
    try {
      set({ data: await fetchHome(communityId), loading: false });
    } catch (e) {
      set({ loading: false, error: messageOf(e) });
    }
  },
  reset: () => set(initial),
}));
