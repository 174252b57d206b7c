import { create } from 'zustand';
import type { SurveyCadreCandidate, SurveyRoundView } from '@linli/types';
import type { CallOptions } from '@/lib/cloud';
import { type Loadable, type RowActions, loadable, rowActions, storeTasks } from '@/lib/store-task';
import {
  type AddTargetInput,
  addTarget,
  closeRound,
  fetchCadres,
  fetchRounds,
  openRound,
  removeTarget,
} from '../services/surveys.service';

interface State extends Loadable, RowActions {
  rounds: SurveyRoundView[];
  cadres: SurveyCadreCandidate[];
  load: (communityId: string) => Promise<void>;
  open: (communityId: string, title: string) => Promise<boolean>;
  add: (input: AddTargetInput) => Promise<boolean>;
  remove: (communityId: string, roundId: string, targetId: string) => Promise<void>;
  close: (communityId: string, roundId: string) => Promise<void>;
  reset: () => void;
}

const initial = { rounds: [], cadres: [], ...loadable, ...rowActions };

/** Staff: open a quarterly round, add cadres and projects, remove an unrated one, close it. */
export const useSurveyManageStore = create<State>()((set, get) => {
  const tasks = storeTasks(get, set);
  const replace = (round: SurveyRoundView) => {
    const rest = get().rounds.filter((r) => r.id !== round.id);
    return [round, ...rest].sort((a, b) => b.openedAt.localeCompare(a.openedAt));
  };
  const change = async (
    id: string,
    intent: string,
    input: unknown,
    send: (o: CallOptions) => Promise<SurveyRoundView>,
    done: string,
  ) =>
    Boolean(
      await tasks.act({
        busy: 'busyId',
        id,
        error: 'actionError',
        start: { actionDone: null },
        intent,
        input,
        send,
        done: (round) => ({ rounds: replace(round), actionDone: done }),
      }),
    );
  return {
    ...initial,
    load: async (communityId) => {
      await tasks.fetch(
        () => Promise.all([fetchRounds(communityId), fetchCadres(communityId)]),
        ([rounds, cadres]) => ({ rounds, cadres, loaded: true }),
      );
    },
    open: (communityId, title) =>
      change('open', 'open', title, (o) => openRound(communityId, title, o), `已开启“${title}”民心测评`),
    add: (input) => change('add', 'add', input, (o) => addTarget(input, o), `已添加“${input.name}”`),
    remove: async (communityId, roundId, targetId) => {
      await change(
        targetId,
        `remove:${targetId}`,
        targetId,
        (o) => removeTarget(communityId, roundId, targetId, o),
        '已删除',
      );
    },
    close: async (communityId, roundId) => {
      await change(
        roundId,
        `close:${roundId}`,
        roundId,
        (o) => closeRound(communityId, roundId, o),
        '本轮测评已结束，结果已公布',
      );
    },
    reset: tasks.reset(initial),
  };
});
