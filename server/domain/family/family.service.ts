/**
 * 家人代办: an elder links a relative by a six-digit code shown on the elder's phone; the relative
 * may then sign up for the elder (the same sign-up rules, recorded as done by the relative) and see
 * the elder's registrations and tickets. Either side can unlink. Grid-worker 代报名 stays the path
 * for elders with no phone at all.
 */
import crypto from 'node:crypto';
import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import { query } from '../../db/query';
import {
  FAMILY_CODE_DIGITS,
  type ActionParsed,
  type FamilyCode,
  type FamilyOverview,
  type RegistrationView,
  type Ticket,
} from '@linli/types';
import { familyCodes, familyLinks, familyWrongCodes } from '../../db/schema';
import { fail, refuseAndKeep } from '../shared/app-error';
import type { Ctx } from '../shared/context';
import { registrationById, registrationsOf, toView } from '../events/events.repository';
import { register } from '../events/signup.service';
import { ticketFor } from '../events/checkin.service';
import { countHelpers, isLinked, lockCode, overviewOf } from './family.repository';

/** Long enough to read out over the phone and type, short enough that a guessed code is stale. */
export const CODE_TTL_MS = 10 * 60_000;
export const MAX_HELPERS = 5;

function newCode(): string {
  return String(crypto.randomInt(0, 10 ** FAMILY_CODE_DIGITS)).padStart(FAMILY_CODE_DIGITS, '0');
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
  await ctx.db
    .delete(familyWrongCodes)
    .where(
      and(
        eq(familyWrongCodes.communityId, communityId),
        lt(familyWrongCodes.at, new Date(ctx.now.getTime() - 2 * GUESS_WINDOW_MS)),
      ),
    );
  const expiresAt = new Date(ctx.now.getTime() + CODE_TTL_MS);
  for (let attempt = 0; attempt < 8; attempt++) {
    const code = newCode();
    const inserted = await ctx.db
      .insert(familyCodes)
      .values({ communityId, code, elderId: ctx.actor.userId, expiresAt })
      .onConflictDoNothing()
      .returning({ code: familyCodes.code });
    if (inserted.length > 0) return { code, expiresAt: expiresAt.toISOString() };
  }
  throw new Error('no free family code after 8 attempts');
}

export const GUESS_WINDOW_MS = 15 * 60_000;
/** Wrong codes one person may type per window. */
export const MAX_WRONG_CODES = 5;
/**
 * Wrong codes the whole community may type per window, whoever types them: guessing must not grow
 * with the number of accounts. A live code (at most 10 minutes, inside one window) thus meets at
 * most 30 guesses out of 10^8 codes: P(guessed) ≤ 30 / 10^8 = 3 × 10^-7 per code (docs/ARCHITECTURE.md).
 */
export const COMMUNITY_WRONG_CODES = 30;

/**
 * The guessing budget. Link attempts of a community queue on one transaction lock, and a wrong
 * code is recorded in its own (committed) transaction before the lock is released, so the count
 * holds under concurrency: 50 wrong codes at once from one account get at most 5 evaluated.
 */
async function refuseGuessing(ctx: Ctx, communityId: string): Promise<void> {
  await query(
    ctx.db,
    sql`select pg_advisory_xact_lock(hashtextextended(${`family.link:${communityId}`}, 0))`,
  );
  const [row] = await query<{ mine: number; total: number }>(
    ctx.db,
    sql`select count(*) filter (where ${familyWrongCodes.userId} = ${ctx.actor.userId})::int as mine, count(*)::int as total
      from ${familyWrongCodes}
      where ${familyWrongCodes.communityId} = ${communityId}
        and ${familyWrongCodes.at} > ${new Date(ctx.now.getTime() - GUESS_WINDOW_MS).toISOString()}::timestamptz`,
  );
  if (row.mine >= MAX_WRONG_CODES) fail('FAMILY.TOO_MANY_TRIES');
  if (row.total >= COMMUNITY_WRONG_CODES) fail('FAMILY.COMMUNITY_TRIES');
}

/** Counts the wrong code against both budgets and refuses; the count commits with the refusal. */
async function wrongCode(
  ctx: Ctx,
  communityId: string,
  code: 'FAMILY.CODE_INVALID' | 'FAMILY.CODE_USED',
): Promise<never> {
  await ctx.db.insert(familyWrongCodes).values({ communityId, userId: ctx.actor.userId, at: ctx.now });
  refuseAndKeep(code);
}

export async function link(ctx: Ctx, input: ActionParsed<'family', 'link'>): Promise<FamilyOverview> {
  const { communityId } = input;
  await refuseGuessing(ctx, communityId);
  const row = await lockCode(ctx.db, communityId, input.code);
  if (!row || row.expiresAt <= ctx.now) return wrongCode(ctx, communityId, 'FAMILY.CODE_INVALID');
  if (row.elderId === ctx.actor.userId) fail('FAMILY.SELF_LINK');
  if (row.usedBy && row.usedBy !== ctx.actor.userId) return wrongCode(ctx, communityId, 'FAMILY.CODE_USED');
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
  // register() reads the event under its lock and answers NOT_FOUND for a missing or hidden one.
  return register(ctx, {
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
