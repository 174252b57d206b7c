/** 民情诉求 calls. Mutations take the request key of the person's intent (src/lib/intent-key.ts). */
import type { ActionInput, AppealDetail, ExportFile } from '@linli/types';
import { call } from '@/lib/cloud';

export type SubmitInput = ActionInput<'appeals', 'submit'>;
export type RecordInput = ActionInput<'appeals', 'recordOnBehalf'>;
export type CloseInput = ActionInput<'appeals', 'close'>;
export type ListFilter = Omit<ActionInput<'appeals', 'listForMe'>, 'communityId'>;
export type SaveCategoryInput = ActionInput<'appeals', 'saveCategory'>;
type Ref = { communityId: string; appealId: string };

export const fetchCategories = (communityId: string) => call('appeals', 'categories', { communityId });
export const fetchMine = (communityId: string) => call('appeals', 'mine', { communityId });
export const fetchDetail = (ref: Ref) => call('appeals', 'detail', ref);
export const fetchReport = (communityId: string, month: string) =>
  call('appeals', 'report', { communityId, month });
export const fetchList = (communityId: string, filter: ListFilter) =>
  call('appeals', 'listForMe', { communityId, ...filter });
export const fetchAssignees = (communityId: string) => call('appeals', 'assignees', { communityId });

export const submitAppeal = (input: SubmitInput, requestKey: string) =>
  call('appeals', 'submit', input, { requestKey });
export const recordOnBehalf = (input: RecordInput, requestKey: string) =>
  call('appeals', 'recordOnBehalf', input, { requestKey });
export const rateAppeal = (ref: Ref & { stars: number; words?: string }, requestKey: string) =>
  call('appeals', 'rate', ref, { requestKey });
export const reopenAppeal = (ref: Ref & { words: string }, requestKey: string) =>
  call('appeals', 'reopen', ref, { requestKey });
export const acceptAppeal = (ref: Ref, requestKey: string) => call('appeals', 'accept', ref, { requestKey });
export const addProgress = (ref: Ref & { words: string; photos?: string[] }, requestKey: string) =>
  call('appeals', 'addProgress', ref, { requestKey });
export const closeAppeal = (input: CloseInput, requestKey: string) =>
  call('appeals', 'close', input, { requestKey });
export const assignAppeal = (ref: Ref & { responsibleId: string; reason?: string }, requestKey: string) =>
  call('appeals', 'assign', ref, { requestKey });
export const sortIntoList = (
  ref: Ref & { list: ActionInput<'appeals', 'sortIntoList'>['list'] },
  requestKey: string,
) => call('appeals', 'sortIntoList', ref, { requestKey });
export const linkProject = (input: ActionInput<'appeals', 'linkProject'>, requestKey: string) =>
  call('appeals', 'linkProject', input, { requestKey });
export const saveCategory = (input: SaveCategoryInput, requestKey: string) =>
  call('appeals', 'saveCategory', input, { requestKey });
export const exportReport = (communityId: string, month: string): Promise<ExportFile> =>
  call('appeals', 'exportReport', { communityId, month });

export const fetchMyGrid = (communityId: string) => call('grids', 'myGrid', { communityId });
export const fetchGrids = (communityId: string) => call('grids', 'list', { communityId });
export const createGrid = (input: ActionInput<'grids', 'create'>, requestKey: string) =>
  call('grids', 'create', input, { requestKey });
export const updateGrid = (input: ActionInput<'grids', 'update'>, requestKey: string) =>
  call('grids', 'update', input, { requestKey });

export type { AppealDetail };

/** What a 项目清单 appeal can be linked to: the community's fund expenses and its events. */
export async function fetchLinkTargets(communityId: string) {
  const [expenses, events] = await Promise.all([
    call('fund', 'expenses', { communityId }),
    call('events', 'staffList', { communityId }),
  ]);
  return {
    expense: expenses.map((x) => ({ id: x.id, title: x.purpose })),
    event: events.map((e) => ({ id: e.id, title: e.title })),
  };
}
