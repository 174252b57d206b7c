import { create } from 'zustand';
import type { RosterHousehold, TopicDetail } from '@linli/types';
import { type Loadable, loadable, storeTasks } from '@/lib/store-task';
import * as api from '../services/deliberation.service';

type Ref = { communityId: string; topicId: string };

interface State extends Loadable {
  topic: TopicDetail | null;
  query: string;
  roster: RosterHousehold[];
  household: RosterHousehold | null;
  optionId: string | null;
  saving: boolean;
  saveError: string | null;
  done: string | null;
  load: (ref: Ref) => Promise<void>;
  search: (ref: Ref, query: string) => Promise<void>;
  pickHousehold: (h: RosterHousehold | null) => void;
  pickOption: (optionId: string) => void;
  save: (ref: Ref) => Promise<void>;
  reset: () => void;
}

const initial = { ...loadable, topic: null, query: '', roster: [], household: null, optionId: null, saving: false, saveError: null, done: null };

/** 纸质票 entry: find the household on the roster (by building and room), choose its option, save. */
export const usePaperStore = create<State>()((set, get) => {
  const tasks = storeTasks(get, set);
  return {
    ...initial,
    load: async (ref) => {
      await tasks.fetch(
        async () => ({ topic: await api.fetchTopic(ref), roster: await api.fetchRoster(ref, get().query) }),
        (r) => ({ ...r, loaded: true }),
      );
    },
    search: async (ref, query) => {
      set({ query });
      await tasks.fetch(() => api.fetchRoster(ref, query), (roster) => ({ roster }));
    },
    pickHousehold: (household) => set({ household, optionId: null, done: null, saveError: null }),
    pickOption: (optionId) => set({ optionId }),
    save: async (ref) => {
      const { household, optionId } = get();
      if (!household || !optionId) return;
      const input = { ...ref, householdId: household.householdId, optionId };
      await tasks.act({
        busy: 'saving',
        error: 'saveError',
        intent: 'paper',
        input,
        send: (o) => api.enterPaper(ref, household.householdId, optionId, o),
        done: (topic) => ({
          topic,
          done: `已录入 ${household.label} 的纸质票`,
          household: null,
          optionId: null,
          roster: get().roster.map((h) => (h.householdId === household.householdId ? { ...h, voted: true, channel: 'paper' as const } : h)),
        }),
      });
    },
    reset: tasks.reset(initial),
  };
});
