import type { ConsentCount, InboxPage, NoticeKind, NoticePreferences, UnreadCount } from '@linli/types';
import { call } from '@/lib/cloud';

export function fetchInbox(communityId: string, cursor?: string): Promise<InboxPage> {
  return call('notices', 'list', cursor ? { communityId, cursor } : { communityId });
}

export function fetchUnread(communityId: string): Promise<UnreadCount> {
  return call('notices', 'unread', { communityId });
}

export function markRead(communityId: string, ids: string[]): Promise<UnreadCount> {
  return call('notices', 'markRead', { communityId, ids });
}

export function markAllRead(communityId: string): Promise<UnreadCount> {
  return call('notices', 'markAllRead', { communityId });
}

export function reportConsent(communityId: string, kinds: NoticeKind[]): Promise<ConsentCount[]> {
  return call('notices', 'consent', { communityId, kinds });
}

export function fetchPreferences(communityId: string): Promise<NoticePreferences> {
  return call('notices', 'preferences', { communityId });
}

export function setFamilyCopies(
  communityId: string,
  linkId: string,
  on: boolean,
): Promise<NoticePreferences> {
  return call('notices', 'familyCopies', { communityId, linkId, on });
}
