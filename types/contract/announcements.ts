import { z } from 'zod';
import type { Announcement, AnnouncementList, AnnouncementRead } from '../models';
import { action, communityId, fileIds, isoTime, longText, member, shortText, staff } from './define';

/** 通知公告: staff post, everyone in the community reads; 首页 shows the current ones. */
export const announcements = {
  /** Current ones (unexpired, not withdrawn), pinned first, newest first; staff also see read counts. */
  list: action<AnnouncementList>()({ input: z.object({ communityId }).strict(), access: member }),
  detail: action<Announcement>()({ input: z.object({ communityId, id: z.uuid() }).strict(), access: member }),
  /** The caller opened it: counted once per member, however often they open it. */
  markRead: action<AnnouncementRead>()({
    input: z.object({ communityId, id: z.uuid() }).strict(),
    access: member,
    mutating: true,
  }),
  post: action<Announcement>()({
    input: z
      .object({
        communityId,
        title: shortText(40),
        words: longText(2000).min(1),
        fileIds: fileIds(9).optional(),
        pinned: z.boolean().optional(),
        expiresAt: isoTime.optional(),
      })
      .strict(),
    access: staff,
    mutating: true,
  }),
  /** Takes it off 首页 at once (a mistake, or no longer true); reads are kept. */
  withdraw: action<AnnouncementList>()({
    input: z.object({ communityId, id: z.uuid() }).strict(),
    access: staff,
    mutating: true,
  }),
};
