/**
 * The `deliberation` function's actions bound to their domain services. Only this function's bundle imports
 * these services (and their dependencies); the mapped type makes a missing handler a compile error.
 */
import type { FnHandlers } from '../handler-types';
import * as topics from '../../domain/deliberation/topics.service';
import * as householdsSvc from '../../domain/deliberation/households.service';

export const handlers: FnHandlers<'deliberation'> = {
  list: topics.list,
  detail: topics.detail,
  vote: topics.vote,
  create: topics.create,
  close: topics.close,
  resolve: topics.resolve,
  link: topics.link,
  roster: topics.roster,
  enterPaper: topics.enterPaper,
  households: householdsSvc.householdsList,
  setAddress: householdsSvc.setAddress,
};
