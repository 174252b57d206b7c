/**
 * The platform operator (街道 or 区社治委): creates communities and invites each one's first admin.
 * Who is an operator is deployment configuration — the openids in LINLI_OPERATORS, read where the
 * function runs (the local runtime, a Cloud Hosting container or a cloud function's environment) —
 * never anything a request carries.
 */
import crypto from 'node:crypto';
import { asc, eq, sql } from 'drizzle-orm';
import type { ActionParsed, CreatedInvite, OperatorCommunity } from '@linli/types';
import type { Executor } from '../../db/client';
import { outer } from '../../db/query';
import { appeals, communities, events, memberRoles, members } from '../../db/schema';
import { issueInvite } from '../admin/invites';
import { audit } from '../shared/audit';
import { fail } from '../shared/app-error';
import type { Ctx } from '../shared/context';

export function operatorsFromEnv(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env.LINLI_OPERATORS ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

export function isOperator(openid: string): boolean {
  return operatorsFromEnv().includes(openid);
}

function requireOperator(ctx: Ctx): void {
  if (!isOperator(ctx.actor.openid)) fail('ADMIN.NOT_OPERATOR');
}

async function withCounts(db: Executor, id?: string): Promise<OperatorCommunity[]> {
  const c = communities;
  const rows = await db
    .select({
      id: c.id,
      name: c.name,
      district: c.district,
      street: c.street,
      createdAt: c.createdAt,
      members: sql<number>`(select count(*)::int from ${members} where ${members.communityId} = ${outer(c.id)})`,
      admins: sql<number>`(select count(*)::int from ${memberRoles} where ${memberRoles.communityId} = ${outer(c.id)} and ${memberRoles.role} = 'admin')`,
      openAppeals: sql<number>`(select count(*)::int from ${appeals} where ${appeals.communityId} = ${outer(c.id)} and ${appeals.status} <> 'closed')`,
      events: sql<number>`(select count(*)::int from ${events} where ${events.communityId} = ${outer(c.id)} and ${events.status} in ('published', 'finished'))`,
    })
    .from(c)
    .where(id ? eq(c.id, id) : undefined)
    .orderBy(asc(c.district), asc(c.street), asc(c.name))
    .limit(500);
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

export async function listCommunities(ctx: Ctx): Promise<OperatorCommunity[]> {
  requireOperator(ctx);
  return withCounts(ctx.db);
}

export async function createCommunity(
  ctx: Ctx,
  input: ActionParsed<'operator', 'createCommunity'>,
): Promise<OperatorCommunity> {
  requireOperator(ctx);
  const id = input.newId ?? `c-${crypto.randomUUID().slice(0, 8)}`;
  const created = await ctx.db
    .insert(communities)
    .values({ id, name: input.name, district: input.district, street: input.street, createdAt: ctx.now })
    .onConflictDoNothing()
    .returning({ id: communities.id });
  if (created.length === 0) fail('COMMUNITY.ID_TAKEN');
  await audit(ctx.db, {
    communityId: id,
    actorUserId: ctx.actor.userId,
    action: 'operator.createCommunity',
    targetType: 'community',
    targetId: id,
    after: { name: input.name, district: input.district, street: input.street },
  });
  const [row] = await withCounts(ctx.db, id);
  return row;
}

/** The first admin's invite (or another admin's, if the only one left). */
export async function inviteAdmin(ctx: Ctx, input: ActionParsed<'operator', 'inviteAdmin'>): Promise<CreatedInvite> {
  requireOperator(ctx);
  return issueInvite(ctx, input.communityId, 'admin');
}
