/**
 * The `admin` function's actions bound to their domain services. Only this function's bundle imports
 * these services (and their dependencies); the mapped type makes a missing handler a compile error.
 */
import type { FnHandlers } from '../handler-types';
import * as adminEstates from '../../domain/admin/estates.service';
import * as adminInvites from '../../domain/admin/invites';
import * as adminRoles from '../../domain/admin/roles.service';
import * as adminRules from '../../domain/admin/rules';

export const handlers: FnHandlers<'admin'> = {
  members: adminRoles.searchMembers,
  grantRole: adminRoles.grantRole,
  revokeRole: adminRoles.revokeRole,
  invites: adminInvites.listInvites,
  createInvite: adminInvites.createInvite,
  revokeInvite: adminInvites.revokeInvite,
  rules: adminRules.rules,
  setRules: adminRules.setRules,
  saveEstate: adminEstates.saveEstate,
};
