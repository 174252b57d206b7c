import { create } from 'zustand';
import type { HouseholdView } from '@linli/types';
import { type Loadable, loadable, storeTasks } from '@/lib/store-task';
import { fetchHouseholds } from '../services/deliberation.service';

interface State extends Loadable {
  query: string;
  households: HouseholdView[];
  load: (communityId: string, query?: string) => Promise<void>;
  reset: () => void;
}

const initial = { ...loadable, query: '', households: [] };

/** 户 of the caller's grid (staff: the community), with their members; searchable by building and room. */
export const useHouseholdsStore = create<State>()((set, get) => {
  const tasks = storeTasks(get, set);
  return {
    ...initial,
    load: async (communityId, query = get().query) => {
      set({ query });
      await tasks.fetch(() => fetchHouseholds(communityId, query), (households) => ({ households, loaded: true }));
    },
    reset: tasks.reset(initial),
  };
});
