/**
 * Granting and revoking roles from a member search (issue 15). Each change is audited and tells the
 * person (notify). The last admin of a community cannot leave it without one: revoking the last
 * admin role is refused under a lock on the community's admin rows.
 */
import crypto from 'node:crypto';
import { and, asc, eq, ilike, or, sql } from 'drizzle-orm';
import { ROLE_LABELS, type ActionParsed, type AdminMember, type GrantedRole } from '@linli/types';
import type { Executor } from '../../db/client';
import { outer, query } from '../../db/query';
import { estates, memberRoles, members, users } from '../../db/schema';
import { audit } from '../shared/audit';
import { fail } from '../shared/app-error';
import type { Ctx } from '../shared/context';
import { maskPhone } from '../shared/mask';
import { notify } from '../notify/notify';

async function memberRows(db: Executor, communityId: string, where: ReturnType<typeof and>) {
  return db
    .select({
      userId: users.id,
      name: sql<string>`coalesce(${users.name}, ${users.nickname})`,
      phone: users.phone,
      estateName: estates.name,
      building: members.building,
      unit: members.unit,
      roles: sql<GrantedRole[] | null>`(select array_agg(${memberRoles.role} order by ${memberRoles.role}) from ${memberRoles}
        where ${memberRoles.communityId} = ${outer(members.communityId)} and ${memberRoles.userId} = ${outer(members.userId)})`,
    })
    .from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .leftJoin(estates, and(eq(estates.communityId, members.communityId), eq(estates.id, members.estateId)))
    .where(and(eq(members.communityId, communityId), sql`${users.openid} not like 'deleted:%'`, where))
    .orderBy(asc(users.name), asc(users.id))
    .limit(50);
}

function toMember(r: Awaited<ReturnType<typeof memberRows>>[number]): AdminMember {
  return {
    userId: r.userId,
    name: r.name,
    phoneMasked: maskPhone(r.phone),
    estateName: r.estateName,
    building: r.building,
    unit: r.unit,
    roles: ['resident', ...(r.roles ?? [])],
  };
}

/** By name, nickname or phone; with an empty search, the members holding a role first come first. */
export async function searchMembers(ctx: Ctx, input: ActionParsed<'admin', 'members'>): Promise<AdminMember[]> {
  const s = input.search.replace(/[%_\\]/g, (c) => `\\${c}`);
  const where = s
    ? or(ilike(users.name, `%${s}%`), ilike(users.nickname, `%${s}%`), ilike(users.phone, `%${s}%`))
    : sql`exists (select 1 from ${memberRoles} where ${memberRoles.communityId} = ${outer(members.communityId)} and ${memberRoles.userId} = ${outer(members.userId)})`;
  return (await memberRows(ctx.db, input.communityId, where)).map(toMember);
}

async function oneMember(db: Executor, communityId: string, userId: string): Promise<AdminMember> {
  const [row] = await memberRows(db, communityId, eq(members.userId, userId));
  if (!row) fail('ADMIN.MEMBER_NOT_FOUND');
  return toMember(row);
}

/** Each change is its own cause (a retry is answered by the request key before reaching here). */
async function tell(ctx: Ctx, communityId: string, userId: string, role: GrantedRole, granted: boolean) {
  await notify(ctx.db, {
    communityId,
    userId,
    kind: 'role_changed',
    title: granted ? `您已成为${ROLE_LABELS[role]}` : `您的“${ROLE_LABELS[role]}”身份已撤销`,
    body: granted ? '社区管理员为您开通了新的身份，相关功能在“我的”页面里。' : '如有疑问，请联系社区管理员。',
    link: '/pages/me/index',
    payload: { role, granted },
    dedupeKey: `role:${crypto.randomUUID()}`,
  });
}

export async function grantRole(ctx: Ctx, input: ActionParsed<'admin', 'grantRole'>): Promise<AdminMember> {
  const { communityId, memberId, memberRole } = input;
  await oneMember(ctx.db, communityId, memberId);
  const added = await ctx.db
    .insert(memberRoles)
    .values({ communityId, userId: memberId, role: memberRole, grantedBy: ctx.actor.userId, grantedAt: ctx.now })
    .onConflictDoNothing()
    .returning({ role: memberRoles.role });
  if (added.length === 0) fail('ADMIN.ROLE_HELD');
  await audit(ctx.db, {
    communityId,
    actorUserId: ctx.actor.userId,
    action: 'admin.grantRole',
    targetType: 'member',
    targetId: memberId,
    after: { role: memberRole },
  });
  await tell(ctx, communityId, memberId, memberRole, true);
  return oneMember(ctx.db, communityId, memberId);
}

export async function revokeRole(ctx: Ctx, input: ActionParsed<'admin', 'revokeRole'>): Promise<AdminMember> {
  const { communityId, memberId, memberRole } = input;
  await oneMember(ctx.db, communityId, memberId);
  if (memberRole === 'admin') {
    // Lock the admin rows so two admins revoking each other at once cannot leave none.
    const admins = await query<{ user_id: string }>(
      ctx.db,
      sql`select ${memberRoles.userId} as user_id from ${memberRoles}
        where ${memberRoles.communityId} = ${communityId} and ${memberRoles.role} = 'admin' for update`,
    );
    if (admins.length <= 1 && admins.some((a) => a.user_id === memberId)) fail('ADMIN.LAST_ADMIN');
  }
  const removed = await ctx.db
    .delete(memberRoles)
    .where(
      and(eq(memberRoles.communityId, communityId), eq(memberRoles.userId, memberId), eq(memberRoles.role, memberRole)),
    )
    .returning({ grantedBy: memberRoles.grantedBy, grantedAt: memberRoles.grantedAt });
  if (removed.length === 0) fail('ADMIN.ROLE_NOT_HELD');
  await audit(ctx.db, {
    communityId,
    actorUserId: ctx.actor.userId,
    action: 'admin.revokeRole',
    targetType: 'member',
    targetId: memberId,
    before: { role: memberRole, grantedAt: removed[0].grantedAt.toISOString() },
  });
  await tell(ctx, communityId, memberId, memberRole, false);
  return oneMember(ctx.db, communityId, memberId);
}
