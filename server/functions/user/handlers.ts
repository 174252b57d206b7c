/**
 * The `user` function's actions bound to their domain services. Only this function's bundle imports
 * these services (and their dependencies); the mapped type makes a missing handler a compile error.
 */
import type { FnHandlers } from '../handler-types';
import * as users from '../../domain/users/users.service';
import * as privacy from '../../domain/users/privacy.service';
import * as adminInvites from '../../domain/admin/invites';
import * as pcLogin from '../../domain/users/pc-login';

export const handlers: FnHandlers<'user'> = {
  me: (ctx) => users.me(ctx),
  join: users.join,
  updateProfile: users.updateProfile,
  redeemInvite: adminInvites.redeemInvite,
  confirmPcLogin: pcLogin.confirmPcLogin,
  pcSessions: (ctx) => pcLogin.listPcSessions(ctx),
  endPcSession: pcLogin.endPcSession,
  myData: (ctx) => privacy.myData(ctx),
  deleteMe: (ctx) => privacy.deleteMe(ctx),
};
