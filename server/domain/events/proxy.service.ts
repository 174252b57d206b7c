/**
 * 代报名: a grid worker signs up an elder who has no smartphone. The elder becomes an offline user
 * (an openid no platform can ever present), found again by name and address so a second proxy
 * sign-up does not create a twin. A claim code on the printed slip lets the family move the
 * registrations to the elder's own WeChat later.
 */
import crypto from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { ActionParsed, ProxySignupResult, RegistrationView } from '@linli/types';
import { bare, query } from '../../db/query';
import { estates, members, proxyClaims, registrations, users } from '../../db/schema';
import { fail } from '../shared/app-error';
import type { Ctx } from '../shared/context';
import { registrationsOf, toView } from './events.repository';
import { requireEvent } from './visibility';
import { register } from './signup.service';
import { ticketFor } from './checkin.service';
import { newCode } from '../shared/codes';
import { householdOf } from '../households/households.repository';


async function findOrCreateOffline(ctx: Ctx, input: ActionParsed<'events', 'proxySignup'>): Promise<string> {
  const [found] = await query<{ id: string }>(
    ctx.db,
    sql`select u.${bare(users.id)} from ${users} u join ${members} m on m.${bare(members.userId)} = u.${bare(users.id)} and m.${bare(members.communityId)} = ${input.communityId}
      where u.${bare(users.offline)} and u.${bare(users.name)} = ${input.name} and m.${bare(members.estateId)} = ${input.estateId}
        and m.${bare(members.building)} = ${input.building} and m.${bare(members.unit)} = ${input.unit}
      limit 1`,
  );
  if (found) return found.id;
  const [user] = await ctx.db
    .insert(users)
    .values({
      openid: `offline:${crypto.randomUUID()}`,
      nickname: input.name,
      name: input.name,
      phone: input.phone ?? null,
      birthYear: input.birthYear,
      offline: true,
    })
    .returning({ id: users.id });
  await ctx.db.insert(members).values({
    communityId: input.communityId,
    userId: user.id,
    estateId: input.estateId,
    building: input.building,
    unit: input.unit,
    room: input.room ?? null,
    householdId: input.room ? await householdOf(ctx.db, input.communityId, { ...input, room: input.room }) : null,
  });
  return user.id;
}

async function claimCodeFor(ctx: Ctx, communityId: string, offlineUserId: string): Promise<string> {
  const [existing] = await ctx.db
    .select({ code: proxyClaims.code })
    .from(proxyClaims)
    .where(and(eq(proxyClaims.communityId, communityId), eq(proxyClaims.offlineUserId, offlineUserId)));
  if (existing) return existing.code;
  const code = newCode();
  await ctx.db.insert(proxyClaims).values({ communityId, code, offlineUserId, createdBy: ctx.actor.userId });
  return code;
}

export async function proxySignup(ctx: Ctx, input: ActionParsed<'events', 'proxySignup'>): Promise<ProxySignupResult> {
  await requireEvent(ctx, input.communityId, input.eventId); // NOT_FOUND before anything is written
  const [estate] = await ctx.db
    .select({ id: estates.id })
    .from(estates)
    .where(and(eq(estates.communityId, input.communityId), eq(estates.id, input.estateId)));
  if (!estate) fail('EVENTS.ESTATE_UNKNOWN');
  const elderId = await findOrCreateOffline(ctx, input);
  const registration = await register(ctx, {
    communityId: input.communityId,
    eventId: input.eventId,
    userId: elderId,
    partySize: input.partySize,
    remind: false,
    proxyBy: ctx.actor.userId,
  });
  const claimCode = await claimCodeFor(ctx, input.communityId, elderId);
  const ticket = registration.status === 'confirmed' ? await ticketFor(ctx, input.communityId, registration.id) : null;
  return { registration, ticket, claimCode };
}

/** The elder (or family on the elder's phone) types the slip's code: the registrations become theirs. */
export async function claimProxy(ctx: Ctx, input: ActionParsed<'events', 'claimProxy'>): Promise<RegistrationView[]> {
  const [claim] = await ctx.db
    .select()
    .from(proxyClaims)
    .where(and(eq(proxyClaims.communityId, input.communityId), eq(proxyClaims.code, input.code)))
    .for('update');
  if (!claim) fail('EVENTS.CLAIM_NOT_FOUND');
  if (claim.claimedBy && claim.claimedBy !== ctx.actor.userId) fail('EVENTS.CLAIM_USED');
  if (!claim.claimedBy) {
    // Where the caller already holds an active registration for the same event, the elder's stays put.
    await query(
      ctx.db,
      sql`update ${registrations} r set ${bare(registrations.userId)} = ${ctx.actor.userId}, ${bare(registrations.updatedAt)} = ${ctx.now.toISOString()}::timestamptz
        where r.${bare(registrations.communityId)} = ${input.communityId} and r.${bare(registrations.userId)} = ${claim.offlineUserId}
          and not exists (select 1 from ${registrations} mine where mine.${bare(registrations.communityId)} = r.${bare(registrations.communityId)}
            and mine.${bare(registrations.eventId)} = r.${bare(registrations.eventId)} and mine.${bare(registrations.userId)} = ${ctx.actor.userId} and mine.${bare(registrations.status)} <> 'cancelled')`,
    );
    const [elder] = await ctx.db.select().from(users).where(eq(users.id, claim.offlineUserId));
    await ctx.db
      .update(users)
      .set({ name: sql`coalesce(${users.name}, ${elder.name})`, birthYear: sql`coalesce(${users.birthYear}, ${elder.birthYear})` })
      .where(eq(users.id, ctx.actor.userId));
    await ctx.db
      .update(proxyClaims)
      .set({ claimedBy: ctx.actor.userId, claimedAt: ctx.now })
      .where(and(eq(proxyClaims.communityId, input.communityId), eq(proxyClaims.code, input.code), isNull(proxyClaims.claimedBy)));
  }
  return (await registrationsOf(ctx.db, input.communityId, ctx.actor.userId)).map((r) => toView(r, ctx.now));
}
