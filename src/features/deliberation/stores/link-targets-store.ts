import { create } from 'zustand';
import type { ExpenseView, StaffEventRow } from '@linli/types';
import { type Loadable, loadable, storeTasks } from '@/lib/store-task';
import { fetchLinkTargets } from '../services/deliberation.service';

interface State extends Loadable {
  expenses: ExpenseView[];
  events: StaffEventRow[];
  load: (communityId: string) => Promise<void>;
  reset: () => void;
}

const initial = { ...loadable, expenses: [], events: [] };

/** Staff linking a 决议: the fund expenses and events to choose from, so nobody types an id. */
export const useLinkTargetsStore = create<State>()((set, get) => {
  const tasks = storeTasks(get, set);
  return {
    ...initial,
    load: async (communityId) =>
      void (await tasks.fetch(() => fetchLinkTargets(communityId), (r) => ({ ...r, loaded: true }))),
    reset: tasks.reset(initial),
  };
});
