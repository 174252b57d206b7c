/**
 * Every status and kind value, once. The contract (zod), the schema (column type and CHECK) and the
 * domain all read these lists, so a value added or misspelt in one place breaks the build, not the data.
 */
export const EVENT_STATUSES = ['draft', 'published', 'finished', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

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
