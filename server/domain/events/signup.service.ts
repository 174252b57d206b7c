/**
 * Registering, cancelling and promoting. Locks are always taken event row first, then
 * registration rows, so concurrent sign-ups, cancellations and promotions cannot deadlock.
 */
import { and, asc, eq, sql, type Column } from 'drizzle-orm';
import type { ActionParsed, RegistrationView } from '@linli/types';
import { bare, query } from '../../db/query';
import { registrations, users } from '../../db/schema';
import { AppError, fail, isUniqueViolation } from '../shared/app-error';
import { hasRole, type Ctx } from '../shared/context';
import { cancelPending } from '../notify/outbox';
import { notifyPromoted, notifySignedUp } from '../notify/event-notices';
import { eligibility } from './eligibility';
import { findEvent, registrationById, toView, type EventRow } from './events.repository';
import { visibleOrFail } from './visibility';
import {
  leftWaitlist,
  lockEvent,
  releaseSeats,
  signupSeat,
  takeSeats,
  type NewRegistration,
  type SeatOutcome,
} from './seats';
import { mayActAsProxy } from './proxy-access';

/**
 * The rush path, shared by self sign-up, 代报名 and family sign-up, inside the router's transaction.
 * One call of linli_signup locks the event, reads the person (birth year, estate, an active
 * registration) and, when the event is open and the person not yet on it, takes the seat or the
 * waiting-list number and inserts the registration. The rules are then applied here, once, in the
 * order a person is told them (can they see it, party size, eligibility, already registered, full);
 * a refusal throws and the router rolls the whole transaction back, the registration included.
 */
export async function register(ctx: Ctx, input: NewRegistration): Promise<RegistrationView> {
  let out: SeatOutcome;
  try {
    out = await signupSeat(ctx.db, input, ctx.now);
  } catch (err) {
    if (isUniqueViolation(err, 'registrations_active_uq')) throw new AppError('EVENTS.ALREADY_REGISTERED');
    throw err;
  }
  if (out.kind === 'not_found') fail('EVENTS.NOT_FOUND');
  const event = visibleOrFail(ctx, out.event);
  if (input.partySize > event.maxPartySize)
    fail('EVENTS.PARTY_TOO_LARGE', `本活动每份报名最多 ${event.maxPartySize} 人`);
  const reasons = eligibility({ event, person: out.person, now: ctx.now });
  if (reasons.length > 0) fail(reasons[0].code as never);
  if (out.kind === 'already') fail('EVENTS.ALREADY_REGISTERED');
  // The SQL guard and eligibility() agree on the window; should they ever not, nothing was written.
  if (out.kind === 'closed') fail('EVENTS.CLOSED');
  if (out.kind === 'full') fail('EVENTS.FULL');

  const { id, position } = out;
  // Built in memory rather than re-read, and written with the reply: the event row stays locked until commit.
  await notifySignedUp(ctx, event, { id, userId: input.userId, status: out.status, seatNos: out.seatNos, position });
  return {
    id,
    communityId: input.communityId,
    eventId: event.id,
    eventTitle: event.title,
    startsAt: event.startsAt.toISOString(),
    place: event.place,
    status: out.status,
    seatNo: out.seatNos[0] ?? null,
    seatNos: out.seatNos,
    waitlistPosition: position,
    partySize: input.partySize,
    proxyByName: input.proxyBy ? await nameOf(ctx, input.proxyBy) : null,
    createdAt: ctx.now.toISOString(),
    checkedInAt: null,
    attended: null,
    canCancel: ctx.now < event.cancelDeadline,
  };
}

async function nameOf(ctx: Ctx, userId: string): Promise<string> {
  const [u] = await query<{ name: string }>(
    ctx.db,
    sql`select coalesce(${users.name}, ${users.nickname}) as name from ${users} where ${users.id} = ${userId}`,
  );
  return u?.name ?? '';
}

/** A resident signs themselves up: the whole check and write is `register`'s one call. */
export async function signup(ctx: Ctx, input: ActionParsed<'events', 'signup'>): Promise<RegistrationView> {
  return register(ctx, {
    communityId: input.communityId,
    eventId: input.eventId,
    userId: ctx.actor.userId,
    partySize: input.partySize,
    remind: input.remind ?? false,
    proxyBy: null,
  });
}

/**
 * Moves the head of the waiting list into freed seats, in order, while the head fits; never skips
 * ahead. Each promoted resident gets a notice through the outbox. Caller holds the event lock.
 */
export async function promoteWaitlist(
  ctx: Ctx,
  event: Pick<EventRow, 'communityId' | 'id' | 'title' | 'startsAt' | 'place' | 'reminderHours'>,
) {
  let promoted = 0;
  for (;;) {
    const [head] = await ctx.db
      .select({ id: registrations.id, partySize: registrations.partySize, userId: registrations.userId })
      .from(registrations)
      .where(
        and(
          eq(registrations.communityId, event.communityId),
          eq(registrations.eventId, event.id),
          eq(registrations.status, 'waitlisted'),
        ),
      )
      .orderBy(asc(registrations.waitlistSeq))
      .limit(1)
      .for('update');
    if (!head) return promoted;
    const seats = await takeSeats(ctx.db, event.communityId, event.id, head.partySize);
    if (!seats) return promoted;
    await leftWaitlist(ctx.db, event.communityId, event.id, 1);
    await ctx.db
      .update(registrations)
      .set({ status: 'confirmed', seatNo: seats[0], seatNos: seats, updatedAt: ctx.now })
      .where(and(eq(registrations.communityId, event.communityId), eq(registrations.id, head.id)));
    await notifyPromoted(ctx.db, event, { id: head.id, userId: head.userId, seatNos: seats });
    promoted++;
  }
}


export async function cancelRegistration(
  ctx: Ctx,
  input: ActionParsed<'events', 'cancelRegistration'>,
): Promise<RegistrationView> {
  const before = await registrationById(ctx.db, input.communityId, input.registrationId);
  // Someone else's registration is "not found": its existence is not the caller's business.
  const mayAct =
    before &&
    (before.userId === ctx.actor.userId ||
      hasRole(ctx, 'staff') ||
      (await mayActAsProxy(ctx.db, input.communityId, before.id, ctx.actor.userId)));
  if (!before || !mayAct) fail('EVENTS.REGISTRATION_NOT_FOUND');
  if (!hasRole(ctx, 'staff') && ctx.now >= before.cancelDeadline) fail('EVENTS.CANCEL_DEADLINE_PASSED');
  return cancelCore(ctx, input.communityId, before.id, before.eventId);
}

/**
 * Cancels one registration: frees its seats, promotes the waiting list, drops its reminder.
 * Also used when a person deletes their data (no deadline applies then).
 */
export async function cancelCore(
  ctx: Ctx,
  communityId: string,
  registrationId: string,
  eventId: string,
): Promise<RegistrationView> {
  await lockEvent(ctx.db, communityId, eventId);
  const at = ctx.now.toISOString();
  const r = (column: Column) => sql`r.${bare(column)}`;
  const [cancelled] = await query<{ status: string; seat_nos: number[] }>(
    ctx.db,
    sql`update ${registrations} r set ${bare(registrations.status)} = 'cancelled',
        ${bare(registrations.cancelledAt)} = ${at}::timestamptz, ${bare(registrations.cancelledBy)} = ${ctx.actor.userId},
        ${bare(registrations.updatedAt)} = ${at}::timestamptz
      from (select ${registrations.status} as before_status, ${registrations.seatNos} as before_seats from ${registrations}
        where ${registrations.communityId} = ${communityId} and ${registrations.id} = ${registrationId}) old
      where ${r(registrations.communityId)} = ${communityId} and ${r(registrations.id)} = ${registrationId}
        and ${r(registrations.status)} <> 'cancelled' and ${r(registrations.checkedInAt)} is null
      returning old.before_status as status, old.before_seats as seat_nos`,
  );
  if (!cancelled) {
    const now = await registrationById(ctx.db, communityId, registrationId);
    fail(now?.checkedInAt ? 'EVENTS.ALREADY_CHECKED_IN' : 'EVENTS.ALREADY_CANCELLED');
  }
  await cancelPending(ctx.db, communityId, `reminder:${registrationId}`);
  if (cancelled.status === 'waitlisted') await leftWaitlist(ctx.db, communityId, eventId, 1);
  if (cancelled.status === 'confirmed') {
    await releaseSeats(ctx.db, communityId, eventId, cancelled.seat_nos);
    const event = await findEvent(ctx.db, communityId, eventId);
    if (event?.status === 'published') await promoteWaitlist(ctx, event);
  }
  const row = await registrationById(ctx.db, communityId, registrationId);
  return toView(row!, ctx.now);
}

