import { create } from 'zustand';
import type { SurveyResults } from '@linli/types';
import { type Loadable, loadable, storeTasks } from '@/lib/store-task';
import { fetchResults, setThreshold } from '../services/surveys.service';

interface State extends Loadable {
  results: SurveyResults | null;
  saving: boolean;
  saveError: string | null;
  load: (communityId: string, roundId?: string) => Promise<void>;
  setThreshold: (communityId: string, flagBelow: number) => Promise<void>;
  reset: () => void;
}

const initial = { results: null, saving: false, saveError: null, ...loadable };

/** 测评结果: a closed round's figures, the trend; admins also see flags and set the threshold. */
export const useSurveyResultsStore = create<State>()((set, get) => {
  const tasks = storeTasks(get, set);
  return {
    ...initial,
    load: async (communityId, roundId) => {
      await tasks.fetch(
        () => fetchResults(communityId, roundId),
        (results) => ({ results, loaded: true }),
      );
    },
    setThreshold: async (communityId, flagBelow) => {
      const roundId = get().results?.round?.id;
      await tasks.act({
        busy: 'saving',
        error: 'saveError',
        intent: 'threshold',
        input: flagBelow,
        send: (o) => setThreshold(communityId, flagBelow, o),
        after: () => get().load(communityId, roundId),
      });
    },
    reset: tasks.reset(initial),
  };
});
