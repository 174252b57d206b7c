/** 民心测评 calls. Mutations take the request key of the person's intent (src/lib/store-task.ts). */
import type { ActionInput, SurveyChoice } from '@linli/types';
import { call, type CallOptions } from '@/lib/cloud';

export type AddTargetInput = ActionInput<'surveys', 'addTarget'>;
export type PaperRating = { targetId: string; choice: SurveyChoice; words?: string };

export const fetchCurrent = (communityId: string) => call('surveys', 'current', { communityId });
export const fetchRounds = (communityId: string) => call('surveys', 'rounds', { communityId });
export const fetchCadres = (communityId: string) => call('surveys', 'cadres', { communityId });
export const fetchRoster = (communityId: string, roundId: string, query?: string) =>
  call('surveys', 'roster', { communityId, roundId, ...(query ? { query } : {}) });
export const fetchResults = (communityId: string, roundId?: string) =>
  call('surveys', 'results', { communityId, ...(roundId ? { roundId } : {}) });

export const rate = (input: ActionInput<'surveys', 'rate'>, o: CallOptions) =>
  call('surveys', 'rate', input, o);
export const enterPaper = (input: ActionInput<'surveys', 'enterPaper'>, o: CallOptions) =>
  call('surveys', 'enterPaper', input, o);
export const openRound = (communityId: string, title: string, o: CallOptions) =>
  call('surveys', 'openRound', { communityId, title }, o);
export const addTarget = (input: AddTargetInput, o: CallOptions) => call('surveys', 'addTarget', input, o);
export const removeTarget = (communityId: string, roundId: string, targetId: string, o: CallOptions) =>
  call('surveys', 'removeTarget', { communityId, roundId, targetId }, o);
export const closeRound = (communityId: string, roundId: string, o: CallOptions) =>
  call('surveys', 'closeRound', { communityId, roundId }, o);
export const setThreshold = (communityId: string, flagBelow: number, o: CallOptions) =>
  call('surveys', 'setThreshold', { communityId, flagBelow }, o);
