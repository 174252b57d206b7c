/**
 * The `community` function's actions bound to their domain services. Only this function's bundle imports
 * these services (and their dependencies); the mapped type makes a missing handler a compile error.
 */
import type { FnHandlers } from '../handler-types';
import * as community from '../../domain/community/community.service';

export const handlers: FnHandlers<'community'> = {
  list: { public: (db) => community.list(db) },
  estates: { public: (db, input) => community.estatesOf(db, input) },
  home: community.home,
};
