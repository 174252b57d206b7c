import { create } from 'zustand';
import type { SurveyForRater } from '@linli/types';
import { storeTasks } from '@/lib/store-task';
import { fetchSurveyNow } from '../services/home.service';

interface State {
  survey: SurveyForRater | null;
  loading: boolean;
  error: string | null;
  load: (communityId: string) => Promise<void>;
  reset: () => void;
}

const initial = { survey: null, loading: false, error: null };

/** The 民心测评 card on 首页 (its own call, so 首页 shows without it if it fails). */
export const useSurveyEntryStore = create<State>()((set, get) => {
  const tasks = storeTasks(get, set);
  return {
    ...initial,
    load: async (communityId) => {
      await tasks.fetch(
        () => fetchSurveyNow({ communityId }),
        (survey) => ({ survey }),
      );
    },
    reset: tasks.reset(initial),
  };
});
