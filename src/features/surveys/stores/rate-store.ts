import { create } from 'zustand';
import { SURVEY_CHOICE_LABELS, type SurveyChoice, type SurveyForRater } from '@linli/types';
import { type Loadable, type RowActions, loadable, rowActions, storeTasks } from '@/lib/store-task';
import { fetchCurrent, rate } from '../services/surveys.service';

interface State extends Loadable, RowActions {
  data: SurveyForRater | null;
  /** Words typed for each target before choosing. */
  words: Record<string, string>;
  load: (communityId: string) => Promise<void>;
  setWords: (targetId: string, words: string) => void;
  rate: (communityId: string, targetId: string, choice: SurveyChoice) => Promise<void>;
  reset: () => void;
}

const initial = { data: null, words: {}, ...loadable, ...rowActions };

/** A resident's 测评: the open round, and one tap per target (the reply never says what was chosen). */
export const useSurveyRateStore = create<State>()((set, get) => {
  const tasks = storeTasks(get, set);
  return {
    ...initial,
    load: async (communityId) => {
      await tasks.fetch(
        () => fetchCurrent(communityId),
        (data) => ({ data, loaded: true }),
      );
    },
    setWords: (targetId, words) => set({ words: { ...get().words, [targetId]: words } }),
    rate: async (communityId, targetId, choice) => {
      const round = get().data?.round;
      if (!round) return;
      const words = get().words[targetId]?.trim() || undefined;
      const input = { communityId, roundId: round.id, targetId, choice, words };
      const name = round.targets.find((t) => t.id === targetId)?.name ?? '';
      await tasks.act({
        busy: 'busyId',
        id: targetId,
        error: 'actionError',
        start: { actionDone: null },
        intent: `rate:${targetId}`,
        input,
        send: (o) => rate(input, o),
        done: (r) => ({
          data: { ...get().data!, ratedTargetIds: r.ratedTargetIds },
          actionDone:
            `已提交对“${name}”的评价（${SURVEY_CHOICE_LABELS[choice]}）` +
            (r.remaining > 0 ? `，还有 ${r.remaining} 项` : '，全部评完了，谢谢您'),
        }),
      });
    },
    reset: tasks.reset(initial),
  };
});
