import { create } from 'zustand';
import type { ExpenseView, StaffEventRow } from '@linli/types';
import { type Loadable, loadable, storeTasks } from '@/lib/store-task';
import { fetchLinkTargets } from '../services/deliberation.service';

interface State extends Loadable {
  expenses: ExpenseView[];
  events: StaffEventRow[];
  /** The community the lists are of (another community's would be wrong after a switch). */
  communityId: string | null;
  load: (communityId: string) => Promise<void>;
  reset: () => void;
}

const initial = { ...loadable, expenses: [], events: [], communityId: null };

/** Staff linking a 决议: the fund expenses and events to choose from, so nobody types an id. */
export const useLinkTargetsStore = create<State>()((set, get) => {
  const tasks = storeTasks(get, set);
  return {
    ...initial,
    load: async (communityId) =>
      void (await tasks.fetch(
        () => fetchLinkTargets(communityId),
        (r) => ({ ...r, communityId, loaded: true }),
      )),
    reset: tasks.reset(initial),
  };
});
