/** 协商议事 calls. Mutations take the request key of the person's intent (src/lib/store-task.ts). */
import type { ActionInput } from '@linli/types';
import { call, type CallOptions } from '@/lib/cloud';

type Ref = { communityId: string; topicId: string };
export type CreateInput = ActionInput<'deliberation', 'create'>;

export const fetchTopics = (communityId: string) => call('deliberation', 'list', { communityId });
export const fetchTopic = (ref: Ref) => call('deliberation', 'detail', ref);
export const fetchRoster = (ref: Ref, query: string) =>
  call('deliberation', 'roster', { ...ref, ...(query.trim() ? { query: query.trim() } : {}) });
/** 小区 and their 楼栋: what a 议题's scope is chosen from. */
export const fetchEstates = (communityId: string) => call('community', 'estates', { communityId });
/** The community's events (drafts included), to choose a topic's 议事会 from. */
export const fetchStaffEvents = (communityId: string) => call('events', 'staffList', { communityId });
/** The newest appeals (民生项目: those sorted into the projects list) a topic can come from. */
export const fetchSourceAppeals = async (communityId: string, source: 'appeal' | 'project') =>
  (await call('appeals', 'listForMe', { communityId, scope: 'all', ...(source === 'project' ? { list: 'projects' as const } : {}) })).items;
/** What a 决议 can be linked to: the community's fund expenses and its events (staff list, drafts included). */
export const fetchLinkTargets = async (communityId: string) => {
  const [expenses, events] = await Promise.all([
    call('fund', 'expenses', { communityId }),
    call('events', 'staffList', { communityId }),
  ]);
  return { expenses, events };
};
export const fetchHouseholds = (communityId: string, query: string) =>
  call('deliberation', 'households', { communityId, ...(query.trim() ? { query: query.trim() } : {}) });

export const vote = (ref: Ref, optionId: string, o: CallOptions) => call('deliberation', 'vote', { ...ref, optionId }, o);
export const enterPaper = (ref: Ref, householdId: string, optionId: string, o: CallOptions) =>
  call('deliberation', 'enterPaper', { ...ref, householdId, optionId }, o);
export const closeTopic = (ref: Ref, o: CallOptions) => call('deliberation', 'close', ref, o);
export const resolveTopic = (ref: Ref, words: string, photos: string[], o: CallOptions) =>
  call('deliberation', 'resolve', { ...ref, words, ...(photos.length ? { photos } : {}) }, o);
export const linkTopic = (ref: Ref, kind: 'expense' | 'event', targetId: string, o: CallOptions) =>
  call('deliberation', 'link', { ...ref, kind, targetId }, o);
export const createTopic = (input: CreateInput, o: CallOptions) => call('deliberation', 'create', input, o);
