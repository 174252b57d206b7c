/**
 * The router, given the handler map it serves (router.ts: every function, for the local runtime and
 * tests; a cloud bundle: its own function only). The one entry for every function on every transport: builds the actor from the platform
 * identity, checks the caller's role in the community, validates input with zod, runs mutating
 * actions in one transaction with their request key, and maps failures to the one reply shape.
 */
import type { SQL } from 'drizzle-orm';
import { z } from 'zod';
import {
  errorMessage,
  errorStatus,
  getSpec,
  isErrorCode,
  isFnName,
  type ActionSpec,
  type ErrorCode,
  type Reply,
  type Role,
} from '@linli/types';
import type { Db, Executor } from '../db/client';
import { AppError } from '../domain/shared/app-error';
import type { Actor, Ctx } from '../domain/shared/context';
import { rolesIn } from '../domain/users/users.repository';
import { findCommunity } from '../domain/community/community.repository';
import { forgetActor, resolveActor } from './actors';
import type { HandlerTable } from './handler-types';
import { carriesIdentity, validOpenid, type PlatformIdentity } from './identity';
import { claimKey, priorReply, rememberRefusal, storeReply, type KeyedRequest } from './request-keys';

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

function failure(code: ErrorCode, detail?: string, field?: string): DispatchResult {
  const message = detail ? `${errorMessage(code)}（${detail}）` : errorMessage(code);
  return { status: errorStatus(code), reply: { ok: false, error: { code, message, ...(field ? { field } : {}) } } };
}

/** The first problem in words for people; the input path (English) goes in `field`, never the message. */
function invalidInput(error: z.ZodError): DispatchResult {
  const first = error.issues[0];
  const field = first.code === 'unrecognized_keys' ? first.keys.join(',') : first.path.join('.');
  // A contract check may name its own code (hidden text, time range, link): its own Chinese message.
  const named = first.code === 'custom' ? (first.params as { errorCode?: unknown } | undefined)?.errorCode : undefined;
  if (isErrorCode(named)) return failure(named, undefined, field || undefined);
  return failure('INPUT.INVALID', first.code === 'unrecognized_keys' ? '含有不认识的字段' : '有一项格式或取值不对', field || undefined);
}

/** PostgreSQL text cannot hold U+0000; refuse it at the edge rather than fail in the database. */
function hasNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 8 || !value || typeof value !== 'object') return false;
  return Object.entries(value).some(([k, v]) => k.includes('\u0000') || hasNul(v, depth + 1));
}

const RETRYABLE = new Set(['40001', '40P01']); // serialization failure, deadlock

type ActorHandler = (ctx: Ctx, input: unknown) => Promise<unknown>;
type PublicHandler = { public: (db: Executor, input: unknown) => Promise<unknown> };

/** The handler of a contract action; own properties only, so `toString` or `__proto__` is no action. */
function handlerFor(handlers: HandlerTable, fn: string, action: string): ActorHandler | PublicHandler {
  const byFn = handlers as unknown as Record<string, Record<string, ActorHandler | PublicHandler>>;
  if (!Object.hasOwn(byFn, fn) || !Object.hasOwn(byFn[fn], action)) throw new Error(`no handler for ${fn}.${action}`);
  return byFn[fn][action];
}

interface ParsedRequest {
  fn: string;
  action: string;
  spec: ActionSpec;
  input: Record<string, unknown>;
  requestKey: string | undefined;
}

/** The envelope and input checks, in order; the first refusal answers. */
function parseRequest(fn: string, rawEnvelope: unknown, identity: PlatformIdentity | null): ParsedRequest | DispatchResult {
  if (carriesIdentity(rawEnvelope)) return failure('AUTH.IDENTITY_IN_BODY');
  const env = envelopeSchema.safeParse(rawEnvelope);
  if (!env.success) return invalidInput(env.error);
  const { action, requestKey } = env.data;
  const data = env.data.data === undefined ? {} : env.data.data;
  if (carriesIdentity(data)) return failure('AUTH.IDENTITY_IN_BODY');
  if (hasNul(data)) return failure('INPUT.BAD_TEXT');
  const spec = getSpec(fn, action);
  if (!spec) return failure(isFnName(fn) ? 'INPUT.UNKNOWN_ACTION' : 'INPUT.UNKNOWN_FUNCTION');
  if (spec.access.kind !== 'public' && !identity) return failure('AUTH.REQUIRED');
  if (identity && !validOpenid(identity.openid)) return failure('AUTH.INVALID_TOKEN');
  const parsed = spec.input.safeParse(data);
  if (!parsed.success) return invalidInput(parsed.error);
  return { fn, action, spec, input: parsed.data as Record<string, unknown>, requestKey };
}

export type Dispatch = (
  deps: RouterDeps,
  fn: string,
  rawEnvelope: unknown,
  identity: PlatformIdentity | null,
) => Promise<DispatchResult>;

/** The router over `handlers`: a function it does not serve fails as a server error (a build mistake). */
export function routerFor(handlers: HandlerTable): Dispatch {
  return (deps, fn, rawEnvelope, identity) => dispatchWith(handlers, deps, fn, rawEnvelope, identity);
}

async function dispatchWith(
  handlers: HandlerTable,
  deps: RouterDeps,
  fn: string,
  rawEnvelope: unknown,
  identity: PlatformIdentity | null,
): Promise<DispatchResult> {
  try {
    const req = parseRequest(fn, rawEnvelope, identity);
    if ('reply' in req) return req;
    const handler = handlerFor(handlers, fn, req.action);
    if (typeof handler !== 'function') return ok(await handler.public(deps.db, req.input));

    const actor = await resolveActor(deps.db, identity!.openid);
    const now = deps.now?.() ?? new Date();
    const access = req.spec.access;
    const community = access.kind === 'community' ? { id: String(req.input.communityId), allowed: access.roles } : null;
    const run = (ctx: Ctx) => handler(ctx, req.input);

    // A mutation with its key checks roles inside its transaction; everything else checks them first.
    if (req.spec.mutating && req.requestKey) {
      const m: Mutation = { key: { userId: actor.userId, key: req.requestKey, fn, action: req.action }, actor, now, community, run };
      return await withRetries(() => runMutation(deps.db, m));
    }
    let roles: Role[] = [];
    if (community) {
      const held = await rolesIn(deps.db, community.id, actor.userId);
      const refusal = roleRefusal(held, community.allowed);
      if (refusal) return await refuse(deps.db, community.id, refusal);
      roles = held!;
    }
    // Every change carries the client's request key, so a retry can never apply it twice.
    if (req.spec.mutating) return failure('REQUEST.KEY_REQUIRED');
    return ok(await run({ db: deps.db, actor, roles, now }));
  } catch (err) {
    if (err instanceof AppError) return failure(err.code, err.detail);
    (deps.log ?? defaultLog)(`[${fn}] unexpected error`, err);
    return failure('SERVER.INTERNAL');
  }
}

async function withRetries(attempt: () => Promise<DispatchResult>): Promise<DispatchResult> {
  for (let n = 1; ; n++) {
    try {
      return await attempt();
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (n < 4 && code && RETRYABLE.has(code)) continue;
      throw err;
    }
  }
}

type RoleRefusal = 'COMMUNITY.NOT_MEMBER' | 'AUTH.FORBIDDEN';

/** Why the caller may not run the action in the community (null: they may). */
function roleRefusal(held: readonly Role[] | null, allowed: readonly Role[]): RoleRefusal | null {
  if (!held) return 'COMMUNITY.NOT_MEMBER';
  if (!allowed.some((r) => held.includes(r))) return 'AUTH.FORBIDDEN';
  return null;
}

/** The refusal's reply; a non-member of a community that does not exist is told it does not exist. */
async function refuse(db: Executor, communityId: string, refusal: RoleRefusal): Promise<DispatchResult> {
  if (refusal === 'COMMUNITY.NOT_MEMBER' && !(await findCommunity(db, communityId))) return failure('COMMUNITY.NOT_FOUND');
  return failure(refusal);
}

function ok(data: unknown): DispatchResult {
  return { status: 200, reply: { ok: true, data } };
}

interface Mutation {
  key: KeyedRequest;
  actor: Actor;
  now: Date;
  /** The community the action names, whose roles are checked inside the transaction. */
  community: { id: string; allowed: readonly Role[] } | null;
  run: (ctx: Ctx) => Promise<unknown>;
}

/** Thrown inside the transaction to roll it back whole: no role to run it; the key stays unclaimed. */
class RoleRefused extends Error {
  constructor(readonly refusal: RoleRefusal) {
    super(refusal);
  }
}

/** Thrown inside the transaction to roll it back whole: a business refusal, remembered under the key. */
class BusinessRefused extends Error {
  constructor(readonly result: DispatchResult) {
    super('refused');
  }
}

/**
 * One transaction, as few round trips as the guarantees allow:
 * 1. one statement claims the request key and reads the caller's membership and roles;
 * 2. a role refusal rolls everything back (the key stays unclaimed, as if never called); a key
 *    already claimed answers with the stored reply;
 * 3. the handler runs; on success the reply is stored with the claim, in one statement with the writes the
 *    handler left to go with it (`Ctx.withReply`), and the transaction commits.
 * A business refusal (AppError) rolls the whole transaction back — no half writes — and is then
 * remembered in a second short transaction, so a retry gets the same refusal.
 */
async function runMutation(db: Db, m: Mutation): Promise<DispatchResult> {
  let actorRetired = false;
  try {
    const result = await db.transaction(async (tx) => {
      const claim = await claimKey(tx, m.key, m.community?.id ?? null);
      const refusal = m.community ? roleRefusal(claim.roles, m.community.allowed) : null;
      if (refusal) throw new RoleRefused(refusal);
      if (!claim.claimed) return (await priorReply<DispatchResult>(tx, m.key)) ?? failure('REQUEST.KEY_REUSED');
      const riders: SQL[] = [];
      const ctx: Ctx = {
        db: tx,
        actor: m.actor,
        roles: claim.roles!,
        now: m.now,
        retireActor: () => (actorRetired = true),
        withReply: (statement) => riders.push(statement),
      };
      let result: DispatchResult;
      try {
        result = ok(await m.run(ctx));
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        if (!err.keepWrites) throw new BusinessRefused(failure(err.code, err.detail));
        result = failure(err.code, err.detail); // refuseAndKeep: commits, with the refusal as the reply
      }
      await storeReply(tx, m.key, result, riders);
      return result;
    });
    // After the commit: a deleted person's openid must resolve to a new, empty user next time.
    if (actorRetired) forgetActor(db, m.actor.openid);
    return result;
  } catch (err) {
    if (err instanceof RoleRefused) return refuse(db, m.community!.id, err.refusal);
    if (err instanceof BusinessRefused)
      return (await rememberRefusal(db, m.key, err.result)) ?? failure('REQUEST.KEY_REUSED');
    throw err;
  }
}

function defaultLog(msg: string, err?: unknown) {
  console.error(msg, err);
}
