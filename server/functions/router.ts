/**
 * The one entry for every function on every transport: builds the actor from the platform
 * identity, checks the caller's role in the community, validates input with zod, runs mutating
 * actions in one transaction with their request key, and maps failures to the one reply shape.
 */
import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import {
  errorMessage,
  errorStatus,
  getSpec,
  isErrorCode,
  isFnName,
  type ErrorCode,
  type Reply,
  type Role,
} from '@linli/types';
import type { Db, Executor } from '../db/client';
import { memberRoles, members, requestKeys } from '../db/schema';
import { query } from '../db/query';
import { AppError } from '../domain/shared/app-error';
import type { Actor, Ctx } from '../domain/shared/context';
import { ensureUser, rolesIn } from '../domain/users/users.repository';
import { findCommunity } from '../domain/community/community.repository';
import { handlers } from './handlers';
import { carriesIdentity, validOpenid, type PlatformIdentity } from './identity';

export interface RouterDeps {
  db: Db;
  now?: () => Date;
  log?: (msg: string, err?: unknown) => void;
}

export interface DispatchResult {
  status: number;
  reply: Reply<unknown>;
}

const envelopeSchema = z
  .object({
    action: z.string().min(1).max(64),
    data: z.unknown().optional(),
    requestKey: z
      .string()
      .regex(/^[A-Za-z0-9_-]{8,80}$/)
      .optional(),
  })
  .strict();

function failure(code: ErrorCode, detail?: string): DispatchResult {
  const message = detail ? `${errorMessage(code)}（${detail}）` : errorMessage(code);
  return { status: errorStatus(code), reply: { ok: false, error: { code, message } } };
}

/** The first problem in words; a contract check may name its own code (hidden text, time range, link). */
function invalid(error: z.ZodError): DispatchResult {
  const first = error.issues[0];
  const where = first.path.length ? first.path.join('.') : '请求';
  const named =
    first.code === 'custom' ? (first.params as { errorCode?: unknown } | undefined)?.errorCode : undefined;
  if (isErrorCode(named)) return failure(named); // its own Chinese message; no English field name in it
  return failure(
    'INPUT.INVALID',
    `${where}：${first.code === 'unrecognized_keys' ? '含有不认识的字段' : '格式或取值不对'}`,
  );
}

const actorCache = new Map<string, string>();
async function resolveActor(db: Db, openid: string): Promise<Actor> {
  const cached = actorCache.get(openid);
  if (cached) return { userId: cached, openid };
  const user = await ensureUser(db, openid);
  if (actorCache.size > 50_000) actorCache.clear();
  actorCache.set(openid, user.id);
  return { userId: user.id, openid };
}
/** Tests that rebuild the database between cases call this. */
export function clearActorCache(): void {
  actorCache.clear();
}

/** PostgreSQL text cannot hold U+0000; refuse it at the edge rather than fail in the database. */
function hasNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 8 || !value || typeof value !== 'object') return false;
  return Object.entries(value).some(([k, v]) => k.includes('\u0000') || hasNul(v, depth + 1));
}

const RETRYABLE = new Set(['40001', '40P01']); // serialization failure, deadlock

export async function dispatch(
  deps: RouterDeps,
  fn: string,
  rawEnvelope: unknown,
  identity: PlatformIdentity | null,
): Promise<DispatchResult> {
  try {
    if (carriesIdentity(rawEnvelope)) return failure('AUTH.IDENTITY_IN_BODY');
    const env = envelopeSchema.safeParse(rawEnvelope);
    if (!env.success) return invalid(env.error);
    const { action, requestKey } = env.data;
    const data = env.data.data === undefined ? {} : env.data.data;
    if (carriesIdentity(data)) return failure('AUTH.IDENTITY_IN_BODY');

    if (hasNul(data)) return failure('INPUT.BAD_TEXT');
    const spec = getSpec(fn, action);
    if (!spec) return failure(isFnName(fn) ? 'INPUT.UNKNOWN_ACTION' : 'INPUT.UNKNOWN_FUNCTION');
    if (spec.access.kind !== 'public' && !identity) return failure('AUTH.REQUIRED');
    if (identity && !validOpenid(identity.openid)) return failure('AUTH.INVALID_TOKEN');

    const parsed = spec.input.safeParse(data);
    if (!parsed.success) return invalid(parsed.error);
    const input = parsed.data as Record<string, unknown>;
    // getSpec saw only the contract's own names; handlers mirror the contract, looked up the same way.
    const fnHandlers = (handlers as unknown as Record<string, Record<string, unknown>>)[fn];
    if (!Object.hasOwn(handlers, fn) || !Object.hasOwn(fnHandlers, action))
      return failure('INPUT.UNKNOWN_ACTION');
    const handler = fnHandlers[action] as
      | ((ctx: Ctx, input: unknown) => Promise<unknown>)
      | { public: (db: Executor, input: unknown) => Promise<unknown> };

    if (typeof handler !== 'function') {
      return { status: 200, reply: { ok: true, data: await handler.public(deps.db, input) } };
    }

    const actor = await resolveActor(deps.db, identity!.openid);
    const now = deps.now?.() ?? new Date();
    const communityId = spec.access.kind === 'community' ? String(input.communityId) : null;
    const allowed = spec.access.kind === 'community' ? spec.access.roles : null;

    // Queries (and a mutation without its key) check roles first; a mutation checks them in its transaction.
    if (!spec.mutating || !requestKey) {
      let roles: Role[] = [];
      if (communityId) {
        const held = await rolesIn(deps.db, communityId, actor.userId);
        const refusal = await roleRefusal(deps.db, communityId, held, allowed!);
        if (refusal) return refusal;
        roles = held!;
      }
      // Every change carries the client's request key, so a retry can never apply it twice.
      if (spec.mutating) return failure('REQUEST.KEY_REQUIRED');
      return ok(await handler({ db: deps.db, actor, roles, now }, input));
    }
    const m: Mutation = {
      fn,
      action,
      requestKey,
      actor,
      now,
      communityId,
      allowed,
      run: (ctx) => handler(ctx, input),
    };
    for (let attempt = 1; ; attempt++) {
      try {
        const result = await runMutation(deps.db, m);
        // A deleted person's openid must resolve to a new, empty user next time.
        if (fn === 'user' && action === 'deleteMe' && result.reply.ok) actorCache.delete(actor.openid);
        return result;
      } catch (err) {
        const code = (err as { code?: string }).code;
        if (attempt < 4 && code && RETRYABLE.has(code)) continue;
        throw err;
      }
    }
  } catch (err) {
    if (err instanceof AppError) return failure(err.code, err.detail);
    (deps.log ?? defaultLog)(`[${fn}] unexpected error`, err);
    return failure('SERVER.INTERNAL');
  }
}

/** Not a member (or no such community), or none of the roles the action needs: the refusal, else null. */
async function roleRefusal(
  db: Executor,
  communityId: string,
  held: Role[] | null,
  allowed: readonly Role[],
): Promise<DispatchResult | null> {
  if (!held)
    return failure((await findCommunity(db, communityId)) ? 'COMMUNITY.NOT_MEMBER' : 'COMMUNITY.NOT_FOUND');
  if (!allowed.some((r) => held.includes(r))) return failure('AUTH.FORBIDDEN');
  return null;
}

function ok(data: unknown): DispatchResult {
  return { status: 200, reply: { ok: true, data } };
}

interface Mutation {
  fn: string;
  action: string;
  requestKey: string;
  actor: Actor;
  now: Date;
  /** The community the action names, whose roles are checked inside the transaction. */
  communityId: string | null;
  allowed: readonly Role[] | null;
  run: (ctx: Ctx) => Promise<unknown>;
}

/** Thrown inside the transaction to roll it back whole and answer with `result` instead. */
class Abort extends Error {
  constructor(
    readonly result: DispatchResult,
    /** A business refusal is remembered under the request key; a role refusal is not. */
    readonly remember: boolean,
  ) {
    super('abort');
  }
}

/**
 * One transaction, as few round trips as the guarantees allow:
 * 1. one statement claims the request key (`INSERT … ON CONFLICT DO NOTHING`, so a concurrent
 *    retry waits on the unique index) and reads the caller's membership and roles;
 * 2. a role refusal rolls everything back (the key stays unclaimed, as if never called); a key
 *    already claimed answers with the stored reply;
 * 3. the handler runs; on success the reply is stored with the claim and the transaction commits.
 * A business refusal (AppError) rolls the whole transaction back — no half writes — and is then
 * remembered in a second short transaction, so a retry gets the same refusal. Should a concurrent
 * retry have claimed the key in between, its stored reply is the answer for both.
 */
async function runMutation(db: Db, m: Mutation): Promise<DispatchResult> {
  try {
    return await db.transaction(async (tx) => {
      const [claim] = await query<{ claimed: boolean; member: boolean | null; roles: string[] | null }>(
        tx,
        sql`with claim as (
            insert into ${requestKeys} (user_id, key, fn, action) values (${m.actor.userId}, ${m.requestKey}, ${m.fn}, ${m.action})
            on conflict do nothing returning 1)
          select exists (select 1 from claim) as claimed, ${
            m.communityId
              ? sql`exists (select 1 from ${members} where community_id = ${m.communityId} and user_id = ${m.actor.userId}) as member,
                  array(select role from ${memberRoles} where community_id = ${m.communityId} and user_id = ${m.actor.userId}) as roles`
              : sql`null::boolean as member, null::text[] as roles`
          }`,
      );
      let roles: Role[] = [];
      if (m.communityId) {
        const held = claim.member ? (['resident', ...(claim.roles ?? [])] as Role[]) : null;
        const refusal = held ? await roleRefusal(tx, m.communityId, held, m.allowed!) : null;
        if (!held) throw new Abort(failure('COMMUNITY.NOT_MEMBER'), false); // told apart after the rollback
        if (refusal) throw new Abort(refusal, false);
        roles = held;
      }
      if (!claim.claimed) return priorReply(tx, m);
      const ctx: Ctx = { db: tx, actor: m.actor, roles, now: m.now };
      let result: DispatchResult;
      try {
        result = ok(await m.run(ctx));
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        if (!err.keepWrites) throw new Abort(failure(err.code, err.detail), true);
        result = failure(err.code, err.detail); // refuseAndKeep: commits, the refusal as the reply
      }
      await tx
        .update(requestKeys)
        .set({ reply: result })
        .where(and(eq(requestKeys.userId, m.actor.userId), eq(requestKeys.key, m.requestKey)));
      return result;
    });
  } catch (err) {
    if (!(err instanceof Abort)) throw err;
    if (!err.remember) {
      if (err.result.reply.ok || err.result.reply.error.code !== 'COMMUNITY.NOT_MEMBER') return err.result;
      return (await roleRefusal(db, m.communityId!, null, []))!;
    }
    return rememberRefusal(db, m, err.result);
  }
}

async function priorReply(db: Executor, m: Mutation): Promise<DispatchResult> {
  const [prior] = await db
    .select()
    .from(requestKeys)
    .where(and(eq(requestKeys.userId, m.actor.userId), eq(requestKeys.key, m.requestKey)));
  if (prior.fn !== m.fn || prior.action !== m.action) return failure('REQUEST.KEY_REUSED');
  return prior.reply as DispatchResult;
}

/** Stores a refusal under the request key, unless a concurrent retry stored its reply first. */
async function rememberRefusal(db: Db, m: Mutation, result: DispatchResult): Promise<DispatchResult> {
  return db.transaction(async (tx) => {
    const stored = await tx
      .insert(requestKeys)
      .values({ userId: m.actor.userId, key: m.requestKey, fn: m.fn, action: m.action, reply: result })
      .onConflictDoNothing()
      .returning({ key: requestKeys.key });
    return stored.length > 0 ? result : priorReply(tx, m);
  });
}

function defaultLog(msg: string, err?: unknown) {
  console.error(msg, err);
}
