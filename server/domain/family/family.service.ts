/**
 * 家人代办: an elder links a relative by a six-digit code shown on the elder's phone; the relative
 * may then sign up for the elder (the same sign-up rules, recorded as done by the relative) and see
 * the elder's registrations and tickets. Either side can unlink. Grid-worker 代报名 stays the path
 * for elders with no phone at all.
 */
import crypto from 'node:crypto';
import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import { query } from '../../db/query';
import type { ActionParsed, FamilyCode, FamilyOverview, RegistrationView, Ticket } from '@linli/types';
import { familyCodes, familyLinks } from '../../db/schema';
import { fail } from '../shared/app-error';
import type { Ctx } from '../shared/context';
import { registrationById, registrationsOf, toView } from '../events/events.repository';
import { requireEvent } from '../events/events.service';
import { register } from '../events/signup.service';
import { ticketFor } from '../events/checkin.service';
import { countHelpers, isLinked, lockCode, overviewOf } from './family.repository';

/** Long enough to read out over the phone and type, short enough that a guessed code is stale. */
export const CODE_TTL_MS = 10 * 60_000;
export const MAX_HELPERS = 5;

function sixDigits(): string {
  return String(crypto.randomInt(0, 1_000_000)).padStart(6, '0');
}

export async function overview(ctx: Ctx, input: ActionParsed<'family', 'overview'>): Promise<FamilyOverview> {
  return overviewOf(ctx.db, input.communityId, ctx.actor.userId);
}

/** A new code replaces the caller's unused ones; expired codes of the community are swept first. */
export async function createCode(ctx: Ctx, input: ActionParsed<'family', 'createCode'>): Promise<FamilyCode> {
  const { communityId } = input;
  await ctx.db
    .delete(familyCodes)
    .where(
      and(
        eq(familyCodes.communityId, communityId),
        or(
          lt(familyCodes.expiresAt, ctx.now),
          and(eq(familyCodes.elderId, ctx.actor.userId), isNull(familyCodes.usedAt)),
        ),
      ),
    );
  const expiresAt = new Date(ctx.now.getTime() + CODE_TTL_MS);
  for (let attempt = 0; attempt < 8; attempt++) {
    const code = sixDigits();
    const inserted = await ctx.db
      .insert(familyCodes)
      .values({ communityId, code, elderId: ctx.actor.userId, expiresAt })
      .onConflictDoNothing()
      .returning({ code: familyCodes.code });
    if (inserted.length > 0) return { code, expiresAt: expiresAt.toISOString() };
  }
  throw new Error('no free family code after 8 attempts');
}

const GUESS_WINDOW_MS = 15 * 60_000;
const MAX_WRONG_CODES = 5;

/**
 * A six-digit code could be guessed: after 5 wrong or used codes in 15 minutes the caller must wait.
 * A refusal rolls its transaction back, so the count comes from where the router keeps every refused
 * mutation's reply: request_keys (reply = the stored DispatchResult).
 */
async function refuseGuessing(ctx: Ctx): Promise<void> {
  const [row] = await query<{ n: number }>(
    ctx.db,
    sql`select count(*)::int as n from request_keys
      where user_id = ${ctx.actor.userId} and fn = 'family' and action = 'link'
        and created_at > ${new Date(ctx.now.getTime() - GUESS_WINDOW_MS).toISOString()}::timestamptz
        and reply->'reply'->'error'->>'code' in ('FAMILY.CODE_INVALID', 'FAMILY.CODE_USED')`,
  );
  if (row.n >= MAX_WRONG_CODES) fail('FAMILY.TOO_MANY_TRIES');
}

export async function link(ctx: Ctx, input: ActionParsed<'family', 'link'>): Promise<FamilyOverview> {
  const { communityId } = input;
  await refuseGuessing(ctx);
  const row = await lockCode(ctx.db, communityId, input.code);
  if (!row || row.expiresAt <= ctx.now) fail('FAMILY.CODE_INVALID');
  if (row.elderId === ctx.actor.userId) fail('FAMILY.SELF_LINK');
  if (row.usedBy && row.usedBy !== ctx.actor.userId) fail('FAMILY.CODE_USED');
  if (!row.usedBy) {
    if (!(await isLinked(ctx.db, communityId, row.elderId, ctx.actor.userId))) {
      if ((await countHelpers(ctx.db, communityId, row.elderId)) >= MAX_HELPERS) fail('FAMILY.TOO_MANY');
      // Linked concurrently by the same pair through another code: the link is what was asked for.
      // ON CONFLICT rather than a caught error: a failed statement aborts the whole transaction.
      await ctx.db
        .insert(familyLinks)
        .values({ communityId, elderId: row.elderId, helperId: ctx.actor.userId })
        .onConflictDoNothing();
    }
    await ctx.db
      .update(familyCodes)
      .set({ usedBy: ctx.actor.userId, usedAt: ctx.now })
      .where(and(eq(familyCodes.communityId, communityId), eq(familyCodes.code, input.code)));
  }
  return overviewOf(ctx.db, communityId, ctx.actor.userId);
}

/** Either side may end a link. */
export async function unlink(ctx: Ctx, input: ActionParsed<'family', 'unlink'>): Promise<FamilyOverview> {
  const me = ctx.actor.userId;
  const removed = await ctx.db
    .delete(familyLinks)
    .where(
      and(
        eq(familyLinks.communityId, input.communityId),
        eq(familyLinks.id, input.linkId),
        or(eq(familyLinks.elderId, me), eq(familyLinks.helperId, me)),
      ),
    )
    .returning({ id: familyLinks.id });
  if (removed.length === 0) fail('FAMILY.LINK_NOT_FOUND');
  return overviewOf(ctx.db, input.communityId, me);
}

async function requireLink(ctx: Ctx, communityId: string, elderId: string): Promise<void> {
  if (!(await isLinked(ctx.db, communityId, elderId, ctx.actor.userId))) fail('FAMILY.NOT_LINKED');
}

/** The elder's own sign-up rules (age, estate, party size, one per person), recorded as done by the relative. */
export async function signupFor(
  ctx: Ctx,
  input: ActionParsed<'family', 'signupFor'>,
): Promise<RegistrationView> {
  await requireLink(ctx, input.communityId, input.elderId);
  const event = await requireEvent(ctx, input.communityId, input.eventId);
  return register(ctx, event, {
    communityId: input.communityId,
    eventId: input.eventId,
    userId: input.elderId,
    partySize: input.partySize,
    remind: false,
    proxyBy: ctx.actor.userId,
  });
}

export async function registrations(
  ctx: Ctx,
  input: ActionParsed<'family', 'registrations'>,
): Promise<RegistrationView[]> {
  await requireLink(ctx, input.communityId, input.elderId);
  return (await registrationsOf(ctx.db, input.communityId, input.elderId)).map((r) => toView(r, ctx.now));
}

/** The relative may carry the elder's QR to the door; only for the elder's own registrations. */
export async function ticket(ctx: Ctx, input: ActionParsed<'family', 'ticket'>): Promise<Ticket> {
  await requireLink(ctx, input.communityId, input.elderId);
  const r = await registrationById(ctx.db, input.communityId, input.registrationId);
  if (!r || r.userId !== input.elderId) fail('EVENTS.REGISTRATION_NOT_FOUND');
  return ticketFor(ctx, input.communityId, input.registrationId);
}
