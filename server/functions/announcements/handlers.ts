/**
 * The `announcements` function's actions bound to their domain services. Only this function's bundle imports
 * these services (and their dependencies); the mapped type makes a missing handler a compile error.
 */
import type { FnHandlers } from '../handler-types';
import * as announcementsSvc from '../../domain/announcements/announcements.service';

export const handlers: FnHandlers<'announcements'> = {
  list: announcementsSvc.list,
  detail: announcementsSvc.detail,
  markRead: announcementsSvc.markRead,
  post: announcementsSvc.post,
  withdraw: announcementsSvc.withdraw,
};
