import { z } from 'zod';
import { NOTICE_KINDS } from '../enums';
import type { ConsentCount, InboxPage, NoticePreferences, SmsOptOutResult, UnreadCount } from '../models';
import { action, communityId, id, isoCursor, member } from './define';

/**
 * 消息: the caller's inbox (every notice lands here), the WeChat consents the app reports after
 * each accepted subscription prompt, and who else gets what (family copies, SMS opt-out).
 */
export const notices = {
  list: action<InboxPage>()({
    input: z
      .object({
        communityId,
        cursor: isoCursor.optional(),
        limit: z.number().int().min(1).max(50).optional(),
        unreadOnly: z.boolean().optional(),
      })
      .strict(),
    access: member,
  }),
  unread: action<UnreadCount>()({ input: z.object({ communityId }).strict(), access: member }),
  markRead: action<UnreadCount>()({
    input: z.object({ communityId, ids: z.array(id).max(50) }).strict(),
    access: member,
    mutating: true,
  }),
  markAllRead: action<UnreadCount>()({
    input: z.object({ communityId }).strict(),
    access: member,
    mutating: true,
  }),
  /** Each kind the person accepted in one WeChat subscription prompt: one more message allowed. */
  consent: action<ConsentCount[]>()({
    input: z.object({ communityId, kinds: z.array(z.enum(NOTICE_KINDS)).max(5) }).strict(),
    access: member,
    mutating: true,
  }),
  preferences: action<NoticePreferences>()({ input: z.object({ communityId }).strict(), access: member }),
  /** The relative's choice: copies of this elder's notices in my inbox. */
  familyCopies: action<NoticePreferences>()({
    input: z.object({ communityId, linkId: id, on: z.boolean() }).strict(),
    access: member,
    mutating: true,
  }),
  /** No SMS for this number: the person themselves (no residentId), or staff / a grid worker for them. */
  smsOptOut: action<SmsOptOutResult>()({
    input: z.object({ communityId, residentId: id.optional(), optOut: z.boolean() }).strict(),
    access: member,
    mutating: true,
  }),
};
