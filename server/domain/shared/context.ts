import type { Role } from '@linli/types';
import type { SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { query, together } from '../../db/query';

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
  /**
   * A write whose result this action never reads, sent in one statement with the request's reply just
   * before the commit (one round trip fewer while the action's locks are held). Set by the router for
   * mutations; elsewhere absent, and `writeWithReply` runs the write at once. The write must not be read
   * or changed by anything later in the same action.
   */
  withReply?: (statement: SQL) => void;
}

/** The one role check: does the caller hold any of these roles in the action's community? (admin counts as staff.) */
export function hasRole(ctx: Pick<Ctx, 'roles'>, ...roles: Role[]): boolean {
  return roles.some((r) => ctx.roles.includes(r)) || (roles.includes('staff') && ctx.roles.includes('admin'));
}

/**
 * Writes whose results the action never reads (notices, for one): with the request's reply when the
 * router carries one (`Ctx.withReply`), otherwise now, as one statement.
 */
export async function writeWithReply(ctx: Pick<Ctx, 'db' | 'withReply'>, statements: readonly SQL[]): Promise<void> {
  if (statements.length === 0) return;
  if (ctx.withReply) {
    for (const s of statements) ctx.withReply(s);
    return;
  }
  await query(ctx.db, statements.length === 1 ? statements[0] : together(statements));
}
