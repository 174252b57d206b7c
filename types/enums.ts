/**
 * Every status and kind value, once. The contract (zod), the schema (column type and CHECK) and the
 * domain all read these lists, so a value added or misspelt in one place breaks the build, not the data.
 */
export const EVENT_STATUSES = ['draft', 'published', 'finished', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];
