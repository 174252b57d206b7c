import { outer } from '../../db/query';
import { and, eq, sql } from 'drizzle-orm';
import type { GrantedRole, Role } from '@linli/types';
import type { Executor } from '../../db/client';
import { communities, estates, memberRoles, members, users } from '../../db/schema';

export type UserRow = typeof users.$inferSelect;

export async function findUserByOpenid(db: Executor, openid: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.openid, openid)).limit(1);
  return row;
}

export async function getUser(db: Executor, userId: string): Promise<UserRow> {
  const [row] = await db.select().from(users).where(eq(users.id, userId)).limit(1);
  if (!row) throw new Error(`user ${userId} not found`);
  return row;
}

/** The caller's roles in a community, or null when they are not a member. */
export async function rolesIn(db: Executor, communityId: string, userId: string): Promise<Role[] | null> {
  const rows = await db
    .select({ role: memberRoles.role })
    .from(members)
    .leftJoin(memberRoles, and(eq(memberRoles.communityId, members.communityId), eq(memberRoles.userId, members.userId)))
    .where(and(eq(members.communityId, communityId), eq(members.userId, userId)));
  if (rows.length === 0) return null;
  const extra = rows.flatMap((r) => (r.role ? [r.role] : []));
  return ['resident', ...extra];
}

export async function membershipsOf(db: Executor, userId: string) {
  return db
    .select({
      communityId: members.communityId,
      communityName: communities.name,
      estateId: members.estateId,
      estateName: estates.name,
      building: members.building,
      unit: members.unit,
      room: members.room,
      householdId: members.householdId,
      roles: sql<GrantedRole[] | null>`(select array_agg(${memberRoles.role} order by ${memberRoles.role}) from ${memberRoles}
        where ${memberRoles.communityId} = ${outer(members.communityId)} and ${memberRoles.userId} = ${outer(members.userId)})`,
    })
    .from(members)
    .innerJoin(communities, eq(communities.id, members.communityId))
    .leftJoin(estates, and(eq(estates.communityId, members.communityId), eq(estates.id, members.estateId)))
    .where(eq(members.userId, userId))
    .orderBy(members.joinedAt);
}
