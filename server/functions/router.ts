/**
 * The one entry for every function on every transport: builds the actor from the platform
 * identity, checks the caller's role in the community, validates input with zod, runs mutating
 * actions in one transaction with their request key, and maps failures to the one reply shape.
 */
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { contract, errorMessage, errorStatus, getSpec, type ErrorCode, type Reply, type Role } from '@linli/types';
import type { Db, Executor } from '../db/client';
import { requestKeys } from '../db/schema';
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

function describeIssues(error: z.ZodError): string {
  const first = error.issues[0];
  const where = first.path.length ? first.path.join('.') : '请求';
  return `${where}：${first.code === 'unrecognized_keys' ? '含有不认识的字段' : '格式或取值不对'}`;
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
    if (!env.success) return failure('INPUT.INVALID', describeIssues(env.error));
    const { action, requestKey } = env.data;
    const data = env.data.data === undefined ? {} : env.data.data;
    if (carriesIdentity(data)) return failure('AUTH.IDENTITY_IN_BODY');

    if (hasNul(data)) return failure('INPUT.BAD_TEXT');
    const spec = getSpec(fn, action);
    if (!spec) return failure(Object.hasOwn(contract, fn) ? 'INPUT.UNKNOWN_ACTION' : 'INPUT.UNKNOWN_FUNCTION');
    if (spec.access.kind !== 'public' && !identity) return failure('AUTH.REQUIRED');
    if (identity && !validOpenid(identity.openid)) return failure('AUTH.INVALID_TOKEN');

    const parsed = spec.input.safeParse(data);
    if (!parsed.success) return failure('INPUT.INVALID', describeIssues(parsed.error));
    const input = parsed.data as Record<string, unknown>;
    const handler = (handlers as unknown as Record<string, Record<string, unknown>>)[fn][action] as
      | ((ctx: Ctx, input: unknown) => Promise<unknown>)
      | { public: (db: Executor, input: unknown) => Promise<unknown> };

    if (typeof handler !== 'function') {
      return { status: 200, reply: { ok: true, data: await handler.public(deps.db, input) } };
    }

    const actor = await resolveActor(deps.db, identity!.openid);
    let roles: Role[] = [];
    if (spec.access.kind === 'community') {
      const communityId = String(input.communityId);
      const held = await rolesIn(deps.db, communityId, actor.userId);
      if (!held) {
        return failure((await findCommunity(deps.db, communityId)) ? 'COMMUNITY.NOT_MEMBER' : 'COMMUNITY.NOT_FOUND');
      }
      if (!spec.access.roles.some((r) => held.includes(r))) return failure('AUTH.FORBIDDEN');
      roles = held;
    }
    const now = deps.now?.() ?? new Date();
    const ctx: Ctx = { db: deps.db, actor, roles, now };

    if (!spec.mutating) return ok(await handler(ctx, input));
    // Every change carries the client's request key, so a retry can never apply it twice.
    if (!requestKey) return failure('REQUEST.KEY_REQUIRED');
    for (let attempt = 1; ; attempt++) {
      try {
        const result = await runMutation(deps.db, ctx, fn, action, requestKey, () => handler(ctx, input));
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

function ok(data: unknown): DispatchResult {
  return { status: 200, reply: { ok: true, data } };
}

/**
 * One transaction: claim the request key (a concurrent retry waits on the unique index and then
 * reads the stored reply), run the handler in a savepoint so a business refusal undoes its writes
 * but is still remembered, store the reply, commit.
 */
async function runMutation(
  db: Db,
  ctx: Ctx,
  fn: string,
  action: string,
  requestKey: string | undefined,
  run: () => Promise<unknown>,
): Promise<DispatchResult> {
  return db.transaction(async (tx) => {
    if (requestKey) {
      const claimed = await tx
        .insert(requestKeys)
        .values({ userId: ctx.actor.userId, key: requestKey, fn, action })
        .onConflictDoNothing()
        .returning({ key: requestKeys.key });
      if (claimed.length === 0) {
        const [prior] = await tx
          .select()
          .from(requestKeys)
          .where(and(eq(requestKeys.userId, ctx.actor.userId), eq(requestKeys.key, requestKey)));
        if (prior.fn !== fn || prior.action !== action) return failure('REQUEST.KEY_REUSED');
        return prior.reply as DispatchResult;
      }
    }
    let result: DispatchResult;
    try {
      const data = await tx.transaction(async (sp) => {
        ctx.db = sp;
        return run();
      });
      result = ok(data);
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      result = failure(err.code, err.detail);
    } finally {
      ctx.db = tx;
    }
    if (requestKey) {
      await tx
        .update(requestKeys)
        .set({ reply: result })
        .where(and(eq(requestKeys.userId, ctx.actor.userId), eq(requestKeys.key, requestKey)));
    }
    return result;
  });
}

function defaultLog(msg: string, err?: unknown) {
  console.error(msg, err);
}
