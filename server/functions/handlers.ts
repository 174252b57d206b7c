/**
 * Every action of the contract bound to its domain service. The mapped type makes a new action in
 * types/contract.ts without a handler (or a handler with the wrong input/output) a compile error.
 */
import type { ActionName, ActionOutput, ActionParsed, FnName } from '@linli/types';
import type { Executor } from '../db/client';
import type { Ctx } from '../domain/shared/context';
import * as community from '../domain/community/community.service';
import * as users from '../domain/users/users.service';
import * as events from '../domain/events/events.service';
import * as fund from '../domain/fund/fund.service';
import * as points from '../domain/points/points.service';

/** Public actions get a context without an actor. */
export type HandlerCtx = Omit<Ctx, 'actor'> & { actor: Ctx['actor'] | null };
type Handler<F extends FnName, A extends ActionName<F>> = (
  ctx: Ctx,
  input: ActionParsed<F, A>,
) => Promise<ActionOutput<F, A>>;
type PublicHandler<F extends FnName, A extends ActionName<F>> = (
  db: Executor,
  input: ActionParsed<F, A>,
) => Promise<ActionOutput<F, A>>;

export type Handlers = {
  [F in FnName]: { [A in ActionName<F>]: Handler<F, A> | { public: PublicHandler<F, A> } };
};

export const handlers: Handlers = {
  community: {
    list: { public: (db) => community.list(db) },
    estates: { public: (db, input) => community.estatesOf(db, input) },
    home: community.home,
  },
  user: {
    me: (ctx) => users.me(ctx),
    join: users.join,
    updateProfile: users.updateProfile,
  },
  events: {
    list: events.list,
    detail: events.detail,
    signup: events.signup,
    mine: events.mine,
    staffList: events.staffList,
    roster: events.roster,
  },
  fund: {
    card: (ctx, input) => fund.fundCard(ctx.db, input.communityId),
  },
  points: {
    mine: points.mine,
  },
};
