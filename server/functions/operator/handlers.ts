/**
 * The `operator` function's actions bound to their domain services. Only this function's bundle imports
 * these services (and their dependencies); the mapped type makes a missing handler a compile error.
 */
import type { FnHandlers } from '../handler-types';
import * as operator from '../../domain/operator/operator.service';

export const handlers: FnHandlers<'operator'> = {
  communities: (ctx) => operator.listCommunities(ctx),
  createCommunity: operator.createCommunity,
  inviteAdmin: operator.inviteAdmin,
};
