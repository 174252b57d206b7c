/**
 * The `notices` function's actions bound to their domain services. Only this function's bundle imports
 * these services (and their dependencies); the mapped type makes a missing handler a compile error.
 */
import type { FnHandlers } from '../handler-types';
import * as notices from '../../domain/notify/inbox.service';

export const handlers: FnHandlers<'notices'> = {
  list: notices.list,
  unread: notices.unread,
  markRead: notices.markRead,
  markAllRead: notices.markAllRead,
  consent: notices.consent,
  preferences: notices.preferences,
  familyCopies: notices.familyCopies,
  smsOptOut: notices.smsOptOut,
};
