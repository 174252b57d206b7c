import { and, eq } from 'drizzle-orm';
import type { ActionParsed, Me, Membership } from '@linli/types';
import { estates, members, users } from '../../db/schema';
import { fail } from '../shared/app-error';
import type { Ctx } from '../shared/context';
import { maskPhone } from '../shared/mask';
import { getUser, membershipsOf } from './users.repository';
import { findCommunity } from '../community/community.repository';
import { householdOf } from '../households/households.repository';
import { isOperator } from '../operator/operator.service';
import { linkPreregistered } from '../roster/link';

export async function me(ctx: Ctx): Promise<Me> {
  const user = await getUser(ctx.db, ctx.actor.userId);
  const rows = await membershipsOf(ctx.db, user.id);
  return {
    userId: user.id,
    nickname: user.nickname,
    name: user.name,
    phoneMasked: maskPhone(user.phone),
    birthYear: user.birthYear,
    ...(isOperator(ctx.actor.openid) ? { operator: true } : {}),
    memberships: rows.map(
      (r): Membership => ({
        communityId: r.communityId,
        communityName: r.communityName,
        roles: ['resident', ...(r.roles ?? [])],
        estateId: r.estateId,
        estateName: r.estateName,
        building: r.building,
        unit: r.unit,
        room: r.room,
        householdId: r.householdId,
      }),
    ),
  };
}

/** Joining again updates the address (moving within the community); roles are kept. */
export async function join(ctx: Ctx, input: ActionParsed<'user', 'join'>): Promise<Membership> {
  const community = await findCommunity(ctx.db, input.communityId);
  if (!community) fail('COMMUNITY.NOT_FOUND');
  const [estate] = await ctx.db
    .select()
    .from(estates)
    .where(and(eq(estates.communityId, input.communityId), eq(estates.id, input.estateId)));
  if (!estate) fail('COMMUNITY.ESTATE_NOT_FOUND');
  const address = {
    estateId: input.estateId,
    building: input.building,
    unit: input.unit,
    // Without a room the member has no household yet (they can add it later); with one, the household row.
    room: input.room ?? null,
    householdId: input.room
      ? await householdOf(ctx.db, input.communityId, { ...input, room: input.room })
      : null,
  };
  await ctx.db
    .insert(members)
    .values({ communityId: input.communityId, userId: ctx.actor.userId, ...address, privacyAcceptedAt: ctx.now })
    .onConflictDoUpdate({ target: [members.communityId, members.userId], set: address });
  const mine = await me(ctx);
  const membership = mine.memberships.find((m) => m.communityId === input.communityId);
  if (!membership) throw new Error('membership missing right after join');
  return membership;
}

export async function updateProfile(ctx: Ctx, input: ActionParsed<'user', 'updateProfile'>): Promise<Me> {
  const patch: Partial<typeof users.$inferInsert> = {};
  if (input.name !== undefined) patch.name = input.name;
  if (input.birthYear !== undefined) patch.birthYear = input.birthYear;
  if (input.phone !== undefined) patch.phone = input.phone;
  if (Object.keys(patch).length > 0) await ctx.db.update(users).set(patch).where(eq(users.id, ctx.actor.userId));
  // The community office may have registered this person already (import, 代报名): link, do not duplicate.
  if (patch.phone || patch.name) await linkPreregistered(ctx.db, ctx.actor.userId, ctx.now);
  return me(ctx);
}
