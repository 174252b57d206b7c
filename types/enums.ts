/**
 * Every status and kind value, once. The contract (zod), the schema (column type and CHECK) and the
 * domain all read these lists, so a value added or misspelt in one place breaks the build, not the data.
 */
export const EVENT_STATUSES = ['draft', 'published', 'finished', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/**
 * Every kind of notice a person can receive (消息). Each lands in the inbox; WeChat and SMS are
 * best-effort channels on top (server/domain/notify/kinds.ts says which kind may use which).
 */
export const NOTICE_KINDS = [
  'reminder',
  'signup_confirmed',
  'promoted',
  'event_cancelled',
  'event_changed',
  'redemption_ready',
  'redemption_fulfilled',
  'volunteer_decided',
  'points_awarded',
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** Ways a notice leaves the system besides the inbox. */
export const NOTICE_CHANNELS = ['wechat', 'sms'] as const;
export type NoticeChannel = (typeof NOTICE_CHANNELS)[number];

export const OUTBOX_STATUSES = ['pending', 'sent', 'failed', 'cancelled'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];
/** What an uploaded file is for; decides the accepted content and the size cap (server/domain/files/content.ts). */
export const FILE_PURPOSES = [
  'appeal_photo',
  'appeal_voice',
  'event_cover',
  'evidence',
  'item_photo',
] as const;
export type FilePurpose = (typeof FILE_PURPOSES)[number];

/** Content types the server accepts, each recognised by its magic bytes, never by a file name. */
export const FILE_MIMES = ['image/jpeg', 'image/png', 'audio/aac', 'audio/mpeg', 'audio/mp4'] as const;
export type FileMime = (typeof FILE_MIMES)[number];
