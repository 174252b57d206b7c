/**
 * Request keys: the first request with a key stores its reply in the same transaction as its
 * effects; a retry with the key gets that reply back (`REQUEST.KEY_REUSED` if the key was used for
 * another action). Primary key (user, key), so a concurrent retry waits on the unique index.
 */
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { GrantedRole, Role } from '@linli/types';
import type { Db, Executor } from '../db/client';
import { bare, query, together } from '../db/query';
import { memberRoles, members, requestKeys } from '../db/schema';

export interface KeyedRequest {
  userId: string;
  key: string;
  fn: string;
  action: string;
}

/** Stored replies have the router's reply shape; kept opaque here. */
export interface StoredResult {
  status: number;
  reply: unknown;
}

export interface Claim {
  /** True when this request claimed the key; false when an earlier one holds it. */
  claimed: boolean;
  /** The caller's roles in `communityId` (null: not a member); [] when no community was asked. */
  roles: Role[] | null;
}

/**
 * One statement: claims the key (`INSERT … ON CONFLICT DO NOTHING`) and reads the caller's
 * membership and roles in the community, if the action names one.
 */
export async function claimKey(tx: Executor, r: KeyedRequest, communityId: string | null): Promise<Claim> {
  const membership = communityId
    ? sql`exists (select 1 from ${members} where ${members.communityId} = ${communityId} and ${members.userId} = ${r.userId}) as member,
        array(select ${memberRoles.role} from ${memberRoles} where ${memberRoles.communityId} = ${communityId} and ${memberRoles.userId} = ${r.userId}) as roles`
    : sql`null::boolean as member, null::text[] as roles`;
  const [row] = await query<{ claimed: boolean; member: boolean | null; roles: GrantedRole[] | null }>(
    tx,
    sql`with claim as (
        insert into ${requestKeys} (${bare(requestKeys.userId)}, ${bare(requestKeys.key)}, ${bare(requestKeys.fn)}, ${bare(requestKeys.action)})
        values (${r.userId}, ${r.key}, ${r.fn}, ${r.action})
        on conflict do nothing returning 1)
      select exists (select 1 from claim) as claimed, ${membership}`,
  );
  if (!communityId) return { claimed: row.claimed, roles: [] };
  return { claimed: row.claimed, roles: row.member ? ['resident', ...(row.roles ?? [])] : null };
}

/**
 * Stores the reply with the claim, in the transaction that made the claim, together with the writes
 * the action left to go with it (`Ctx.withReply`): one statement either way.
 */
export async function storeReply(tx: Executor, r: KeyedRequest, result: StoredResult, riders: readonly SQL[] = []): Promise<void> {
  const update = sql`update ${requestKeys} set ${bare(requestKeys.reply)} = ${JSON.stringify(result)}::jsonb
    where ${requestKeys.userId} = ${r.userId} and ${requestKeys.key} = ${r.key} returning 1`;
  await query(tx, riders.length === 0 ? update : together([update, ...riders]));
}

/** The reply stored under the key, or null when the key was claimed for another action. */
export async function priorReply<R extends StoredResult>(db: Executor, r: KeyedRequest): Promise<R | null> {
  const [prior] = await db
    .select()
    .from(requestKeys)
    .where(and(eq(requestKeys.userId, r.userId), eq(requestKeys.key, r.key)));
  if (prior.fn !== r.fn || prior.action !== r.action) return null;
  return prior.reply as R;
}

/**
 * Stores a refusal under the key in a short transaction of its own (the refused one rolled back),
 * unless a concurrent retry stored its reply first: then that reply answers both.
 */
export async function rememberRefusal<R extends StoredResult>(db: Db, r: KeyedRequest, result: R): Promise<R | null> {
  return db.transaction(async (tx) => {
    const stored = await tx
      .insert(requestKeys)
      .values({ userId: r.userId, key: r.key, fn: r.fn, action: r.action, reply: result })
      .onConflictDoNothing()
      .returning({ key: requestKeys.key });
    return stored.length > 0 ? result : priorReply<R>(tx, r);
  });
}
