import { and, eq, ilike, or, sql, asc } from 'drizzle-orm';
import type {
  ActionParsed,
  EventCategory,
  EventDetail,
  EventStatus,
  EventSummary,
  RegistrationStatus,
  RegistrationView,
  RosterEntry,
  StaffEventRow,
} from '@linli/types';
import { estates, members, registrations, users } from '../../db/schema';
import { AppError, fail, isUniqueViolation } from '../shared/app-error';
import type { Ctx } from '../shared/context';
import { maskPhone } from '../shared/mask';
import { getUser } from '../users/users.repository';
import { eligibility } from './eligibility';
import {
  type EventRow,
  type EventWithCounts,
  countsFor,
  findEvent,
  listEvents,
  registrationById,
  registrationsOf,
  takeSeats,
  takeWaitlistSlot,
} from './events.repository';

function summary(e: EventWithCounts): EventSummary {
  return {
    id: e.id,
    communityId: e.communityId,
    title: e.title,
    category: e.category as EventCategory,
    place: e.place,
    startsAt: e.startsAt.toISOString(),
    endsAt: e.endsAt.toISOString(),
    signupOpensAt: e.signupOpensAt.toISOString(),
    signupClosesAt: e.signupClosesAt.toISOString(),
    capacity: e.capacity,
    seatsLeft: e.capacity - e.seatsTaken,
    waitlistEnabled: e.waitlistEnabled,
    waitlistCount: e.waitlistCount,
    status: e.status as EventStatus,
    minAge: e.minAge,
    attendancePoints: e.attendancePoints,
    coverUrl: e.coverUrl,
  };
}

type RegistrationRow = Awaited<ReturnType<typeof registrationsOf>>[number];
function view(r: RegistrationRow): RegistrationView {
  return {
    id: r.id,
    eventId: r.eventId,
    eventTitle: r.eventTitle,
    startsAt: r.startsAt.toISOString(),
    place: r.place,
    status: r.status as RegistrationStatus,
    seatNo: r.seatNo,
    waitlistPosition: r.waitlistPosition,
    partySize: r.partySize,
    proxyByName: r.proxyByName,
    createdAt: new Date(r.createdAt).toISOString(),
  };
}

export async function listUpcoming(ctx: Ctx, communityId: string, limit: number): Promise<EventSummary[]> {
  const rows = await listEvents(ctx.db, communityId, { publishedOnly: true, endsAfter: ctx.now, limit });
  return rows.map(summary);
}

export async function list(ctx: Ctx, input: ActionParsed<'events', 'list'>): Promise<EventSummary[]> {
  const rows = await listEvents(ctx.db, input.communityId, {
    publishedOnly: true,
    endsAfter: ctx.now,
    category: input.category,
    limit: 100,
  });
  return rows.map(summary);
}

async function requireEvent(ctx: Ctx, communityId: string, eventId: string): Promise<EventRow> {
  const event = await findEvent(ctx.db, communityId, eventId);
  // Drafts are invisible to residents: the same answer as a missing event.
  if (!event || (event.status === 'draft' && !ctx.roles.includes('staff'))) fail('EVENTS.NOT_FOUND');
  return event;
}

async function personOf(ctx: Ctx, communityId: string) {
  const user = await getUser(ctx.db, ctx.actor.userId);
  const [member] = await ctx.db
    .select({ estateId: members.estateId })
    .from(members)
    .where(and(eq(members.communityId, communityId), eq(members.userId, user.id)));
  return { birthYear: user.birthYear, estateId: member?.estateId ?? null };
}

export async function detail(ctx: Ctx, input: ActionParsed<'events', 'detail'>): Promise<EventDetail> {
  const event = await requireEvent(ctx, input.communityId, input.eventId);
  const [counts, person, mine, estateRows] = await Promise.all([
    countsFor(ctx.db, input.communityId, input.eventId),
    personOf(ctx, input.communityId),
    registrationsOf(ctx.db, input.communityId, ctx.actor.userId, input.eventId),
    ctx.db.select().from(estates).where(eq(estates.communityId, input.communityId)),
  ]);
  const active = mine.find((r) => r.status !== 'cancelled') ?? null;
  const reasons = eligibility({ event, person, now: ctx.now });
  return {
    ...summary({ ...event, ...counts }),
    body: event.body,
    cancelDeadline: event.cancelDeadline.toISOString(),
    maxPartySize: event.maxPartySize,
    estateNames: estateRows.filter((e) => event.estateIds.includes(e.id)).map((e) => e.name),
    myRegistration: active ? view(active) : null,
    eligibility: { eligible: reasons.length === 0, reasons },
  };
}

/**
 * The rush path. Seats and waiting-list slots are taken only by guarded UPDATE … RETURNING on the
 * event row, and the registration is inserted in the same transaction (the router's), so a failure
 * anywhere rolls the counters back. A person's second active registration hits a partial UNIQUE index.
 */
export async function signup(ctx: Ctx, input: ActionParsed<'events', 'signup'>): Promise<RegistrationView> {
  const event = await requireEvent(ctx, input.communityId, input.eventId);
  if (input.partySize > event.maxPartySize) fail('EVENTS.PARTY_TOO_LARGE', `本活动每份报名最多 ${event.maxPartySize} 人`);
  const reasons = eligibility({ event, person: await personOf(ctx, input.communityId), now: ctx.now });
  if (reasons.length > 0) fail(reasons[0].code as never);
  const existing = await registrationsOf(ctx.db, input.communityId, ctx.actor.userId, input.eventId);
  if (existing.some((r) => r.status !== 'cancelled')) fail('EVENTS.ALREADY_REGISTERED');

  const base = {
    communityId: input.communityId,
    eventId: input.eventId,
    userId: ctx.actor.userId,
    partySize: input.partySize,
  };
  let values: typeof registrations.$inferInsert;
  const seatsTaken = await takeSeats(ctx.db, input.communityId, input.eventId, input.partySize, ctx.now);
  if (seatsTaken !== null) {
    values = { ...base, status: 'confirmed', seatNo: seatsTaken - input.partySize + 1 };
  } else {
    const seq = await takeWaitlistSlot(ctx.db, input.communityId, input.eventId, ctx.now);
    if (seq === null) fail('EVENTS.FULL');
    values = { ...base, status: 'waitlisted', waitlistSeq: seq };
  }
  let id: string;
  try {
    [{ id }] = await ctx.db.insert(registrations).values(values).returning({ id: registrations.id });
  } catch (err) {
    if (isUniqueViolation(err, 'registrations_active_uq')) throw new AppError('EVENTS.ALREADY_REGISTERED');
    throw err;
  }
  const row = await registrationById(ctx.db, input.communityId, id);
  if (!row) throw new Error('registration missing right after insert');
  return view(row);
}

export async function mine(ctx: Ctx, input: ActionParsed<'events', 'mine'>): Promise<RegistrationView[]> {
  return (await registrationsOf(ctx.db, input.communityId, ctx.actor.userId)).map(view);
}

export async function staffList(ctx: Ctx, input: ActionParsed<'events', 'staffList'>): Promise<StaffEventRow[]> {
  const rows = await listEvents(ctx.db, input.communityId, { publishedOnly: false, limit: 200 });
  return rows.map((e) => ({ ...summary(e), confirmedCount: e.confirmedCount, waitlistedCount: e.waitlistCount }));
}

export async function roster(ctx: Ctx, input: ActionParsed<'events', 'roster'>): Promise<RosterEntry[]> {
  await requireEvent(ctx, input.communityId, input.eventId);
  const where = [eq(registrations.communityId, input.communityId), eq(registrations.eventId, input.eventId)];
  if (input.query) {
    const like = `%${input.query.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    where.push(or(ilike(users.name, like), ilike(users.nickname, like), ilike(members.building, like))!);
  }
  const rows = await ctx.db
    .select({
      registrationId: registrations.id,
      name: sql<string>`coalesce(${users.name}, ${users.nickname})`,
      building: members.building,
      unit: members.unit,
      phone: users.phone,
      partySize: registrations.partySize,
      status: registrations.status,
      seatNo: registrations.seatNo,
      waitlistPosition: sql<number | null>`case when ${registrations.status} = 'waitlisted' then
        (select count(*)::int from ${registrations} w where w.community_id = ${registrations.communityId}
          and w.event_id = ${registrations.eventId} and w.status = 'waitlisted'
          and w.waitlist_seq <= ${registrations.waitlistSeq}) end`,
      proxyByName: sql<string | null>`(select coalesce(p.name, p.nickname) from ${users} p where p.id = ${registrations.proxyBy})`,
    })
    .from(registrations)
    .innerJoin(users, eq(users.id, registrations.userId))
    .leftJoin(members, and(eq(members.communityId, registrations.communityId), eq(members.userId, registrations.userId)))
    .where(and(...where))
    .orderBy(asc(registrations.status), asc(registrations.seatNo), asc(registrations.waitlistSeq))
    .limit(2000);
  return rows.map((r) => ({
    registrationId: r.registrationId,
    name: r.name,
    building: r.building,
    unit: r.unit,
    // Staff see the roster, but the phone stays masked on screen; the export decides separately.
    phoneMasked: maskPhone(r.phone),
    partySize: r.partySize,
    status: r.status as RegistrationStatus,
    seatNo: r.seatNo,
    waitlistPosition: r.waitlistPosition,
    proxyByName: r.proxyByName,
  }));
}
