/**
 * The shape of a function's handler map. `FnHandlers<F>` maps every action of contract function F
 * to its service, so a new action in types/contract without a handler (or a handler with the wrong
 * input/output) is a compile error in that function's own `server/functions/<fn>/handlers.ts`.
 */
import type { ActionName, ActionOutput, ActionParsed, FnName } from '@linli/types';
import type { Executor } from '../db/client';
import type { Ctx } from '../domain/shared/context';

/** Public actions get a context without an actor. */
export type HandlerCtx = Omit<Ctx, 'actor'> & { actor: Ctx['actor'] | null };
export type Handler<F extends FnName, A extends ActionName<F>> = (
  ctx: Ctx,
  input: ActionParsed<F, A>,
) => Promise<ActionOutput<F, A>>;
export type PublicHandler<F extends FnName, A extends ActionName<F>> = (
  db: Executor,
  input: ActionParsed<F, A>,
) => Promise<ActionOutput<F, A>>;

/** Every action of one function. */
export type FnHandlers<F extends FnName> = {
  [A in ActionName<F>]: Handler<F, A> | { public: PublicHandler<F, A> };
};

/** Every action of every function (the local runtime's map). */
export type Handlers = { [F in FnName]: FnHandlers<F> };

/** What a router serves: some functions (a cloud bundle serves one; the local runtime all). */
export type HandlerTable = { [F in FnName]?: FnHandlers<F> };
