import { create } from 'zustand';
import type { HomeData } from '@linli/types';
import { storeTasks } from '@/lib/store-task';
import { fetchHome } from '../services/home.service';

interface HomeState {
  data: HomeData | null;
  loading: boolean;
  error: string | null;
  load: (communityId: string) => Promise<void>;
  reset: () => void;
}

const initial = { data: null, loading: false, error: null };

export const useHomeStore = create<HomeState>()((set, get) => {
  const tasks = storeTasks(get, set);
  return {
    ...initial,
    load: async (communityId) => {
      await tasks.fetch(
        () => fetchHome({ communityId }),
        (data) => ({ data }),
      );
    },
    reset: () => set(initial),
  };
});
