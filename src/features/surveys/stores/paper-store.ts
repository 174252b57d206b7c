import { create } from 'zustand';
import type { SurveyChoice, SurveyForRater, SurveyRosterPerson } from '@linli/types';
import { type Loadable, type RowActions, loadable, rowActions, storeTasks } from '@/lib/store-task';
import { enterPaper, fetchCurrent, fetchRoster } from '../services/surveys.service';

interface State extends Loadable, RowActions {
  current: SurveyForRater | null;
  roster: SurveyRosterPerson[];
  query: string;
  /** The resident whose paper form is being typed in. */
  person: SurveyRosterPerson | null;
  choices: Record<string, SurveyChoice>;
  load: (communityId: string) => Promise<void>;
  search: (communityId: string, query: string) => Promise<void>;
  pick: (person: SurveyRosterPerson | null) => void;
  choose: (targetId: string, choice: SurveyChoice) => void;
  submit: (communityId: string) => Promise<void>;
  reset: () => void;
}

const initial = {
  current: null,
  roster: [],
  query: '',
  person: null,
  choices: {},
  ...loadable,
  ...rowActions,
};

/** 纸质测评录入: a grid worker (or staff) types in a resident's paper form, recorded as entered by them. */
export const useSurveyPaperStore = create<State>()((set, get) => {
  const tasks = storeTasks(get, set);
  const loadRoster = async (communityId: string) => {
    const round = get().current?.round;
    if (!round) return;
    const roster = await fetchRoster(communityId, round.id, get().query.trim() || undefined);
    set({ roster });
  };
  return {
    ...initial,
    load: async (communityId) => {
      await tasks.fetch(
        async () => {
          const current = await fetchCurrent(communityId);
          set({ current });
          await loadRoster(communityId);
          return current;
        },
        () => ({ loaded: true }),
      );
    },
    search: async (communityId, query) => {
      set({ query });
      await tasks.fetch(
        () => loadRoster(communityId),
        () => ({}),
      );
    },
    pick: (person) => set({ person, choices: {}, actionDone: null, actionError: null }),
    choose: (targetId, choice) => set({ choices: { ...get().choices, [targetId]: choice } }),
    submit: async (communityId) => {
      const { current, person, choices } = get();
      if (!current?.round || !person) return;
      const ratings = Object.entries(choices).map(([targetId, choice]) => ({ targetId, choice }));
      const input = { communityId, roundId: current.round.id, residentId: person.userId, ratings };
      await tasks.act({
        busy: 'busyId',
        id: person.userId,
        error: 'actionError',
        start: { actionDone: null },
        intent: `paper:${person.userId}`,
        input,
        send: (o) => enterPaper(input, o),
        done: (r) => ({
          actionDone: `已录入${person.name}的纸质测评表（${ratings.length} 项）`,
          person: null,
          choices: {},
          roster: get().roster.map((p) =>
            p.userId === person.userId ? { ...p, ratedTargetIds: r.ratedTargetIds } : p,
          ),
        }),
      });
    },
    reset: tasks.reset(initial),
  };
});
