import type { Role } from '@linli/types';
import type { Executor } from '../../db/client';

/** Who is calling, resolved from the platform identity at the function entry (never from the body). */
export interface Actor {
  userId: string;
  openid: string;
}

/** What every domain service gets: the executor (a transaction for mutations), the actor and clock. */
export interface Ctx {
  db: Executor;
  actor: Actor;
  /** The caller's roles in the community the action names (empty outside community actions). */
  roles: readonly Role[];
  now: Date;
  /**
   * Tells the router this caller's openid no longer names this user (the account was deleted), so
   * it resolves afresh after the commit. Set for mutations only.
   */
  retireActor?: () => void;
}

/** The one role check: does the caller hold any of these roles in the action's community? (admin counts as staff.) */
export function hasRole(ctx: Pick<Ctx, 'roles'>, ...roles: Role[]): boolean {
  return roles.some((r) => ctx.roles.includes(r)) || (roles.includes('staff') && ctx.roles.includes('admin'));
}
