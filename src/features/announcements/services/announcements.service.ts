/** 通知公告 calls. Mutations take the request key of the person's intent. */
import type { ActionInput } from '@linli/types';
import type { CallOptions } from '@/lib/cloud';
import { call } from '@/lib/cloud';

export type PostInput = ActionInput<'announcements', 'post'>;

export const fetchAnnouncements = (communityId: string) => call('announcements', 'list', { communityId });
export const fetchAnnouncement = (communityId: string, id: string) =>
  call('announcements', 'detail', { communityId, id });
export const markRead = (communityId: string, id: string, opts: CallOptions) =>
  call('announcements', 'markRead', { communityId, id }, opts);
export const postAnnouncement = (input: PostInput, opts: CallOptions) =>
  call('announcements', 'post', input, opts);
export const withdrawAnnouncement = (communityId: string, id: string, opts: CallOptions) =>
  call('announcements', 'withdraw', { communityId, id }, opts);
