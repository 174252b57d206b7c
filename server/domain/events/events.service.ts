/** What residents and staff read about events: lists, detail with eligibility, my registrations, roster. */
import { and, asc, eq, ilike, or, sql } from 'drizzle-orm';
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
import { fail } from '../shared/app-error';
import { hasRole, type Ctx } from '../shared/context';
import { maskPhone } from '../shared/mask';
import { getUser } from '../users/users.repository';
import { eligibility } from './eligibility';
import {
  type EventRow,
  type EventWithCounts,
  countsFor,
  findEvent,
  listEvents,
  registrationsOf,
  rolesOf,
  toView,
  waitlistPosition,
  proxyByName,
} from './events.repository';
import { myShiftFor } from './volunteer.service';

export function summary(e: EventWithCounts): EventSummary {
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
    maxPartySize: e.maxPartySize,
    attendancePoints: e.attendancePoints,
    coverUrl: e.coverUrl,
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


export async function requireEvent(ctx: Ctx, communityId: string, eventId: string): Promise<EventRow> {
  const event = await findEvent(ctx.db, communityId, eventId);
  // Drafts are invisible to residents: the same answer as a missing event.
  if (!event || (event.status === 'draft' && !hasRole(ctx, 'staff'))) fail('EVENTS.NOT_FOUND');
  return event;
}

export async function personOf(ctx: Ctx, communityId: string, userId = ctx.actor.userId) {
  const user = await getUser(ctx.db, userId);
  const [member] = await ctx.db
    .select({ estateId: members.estateId })
    .from(members)
    .where(and(eq(members.communityId, communityId), eq(members.userId, user.id)));
  return { birthYear: user.birthYear, estateId: member?.estateId ?? null };
}

export async function detail(ctx: Ctx, input: ActionParsed<'events', 'detail'>): Promise<EventDetail> {
  const event = await requireEvent(ctx, input.communityId, input.eventId);
  const [counts, person, mine, estateRows, roles, myShift] = await Promise.all([
    countsFor(ctx.db, input.communityId, input.eventId),
    personOf(ctx, input.communityId),
    registrationsOf(ctx.db, input.communityId, ctx.actor.userId, input.eventId),
    ctx.db.select().from(estates).where(eq(estates.communityId, input.communityId)),
    rolesOf(ctx.db, input.communityId, input.eventId),
    myShiftFor(ctx, input.communityId, input.eventId),
  ]);
  const active = mine.find((r) => r.status !== 'cancelled') ?? null;
  const reasons = eligibility({ event, person, now: ctx.now });
  return {
    ...summary({ ...event, ...counts }),
    body: event.body,
    cancelDeadline: event.cancelDeadline.toISOString(),
    estateIds: event.estateIds,
    estateNames: estateRows.filter((e) => event.estateIds.includes(e.id)).map((e) => e.name),
    myRegistration: active ? toView(active, ctx.now) : null,
    eligibility: { eligible: reasons.length === 0, reasons },
    volunteerRoles: roles.map((r) => ({
      id: r.id,
      name: r.name,
      quota: r.quota,
      taken: r.taken,
      pointsPerHour: r.pointsPerHour,
    })),
    myShift,
    cancelReason: event.cancelReason,
    reminderHours: event.reminderHours,
  };
}

export async function mine(ctx: Ctx, input: ActionParsed<'events', 'mine'>): Promise<RegistrationView[]> {
  return (await registrationsOf(ctx.db, input.communityId, ctx.actor.userId)).map((r) => toView(r, ctx.now));
}

export async function staffList(
  ctx: Ctx,
  input: ActionParsed<'events', 'staffList'>,
): Promise<StaffEventRow[]> {
  const rows = await listEvents(ctx.db, input.communityId, { publishedOnly: false, limit: 200 });
  return rows.map((e) => ({
    ...summary(e),
    confirmedCount: e.confirmedCount,
    waitlistedCount: e.waitlistCount,
  }));
}

export async function rosterRows(ctx: Ctx, communityId: string, eventId: string, search?: string) {
  const where = [eq(registrations.communityId, communityId), eq(registrations.eventId, eventId)];
  if (search) {
    const like = `%${search.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    where.push(or(ilike(users.name, like), ilike(users.nickname, like), ilike(members.building, like))!);
  }
  return ctx.db
    .select({
      registrationId: registrations.id,
      name: sql<string>`coalesce(${users.name}, ${users.nickname})`,
      estateName: estates.name,
      building: members.building,
      unit: members.unit,
      phone: users.phone,
      partySize: registrations.partySize,
      status: registrations.status,
      seatNo: registrations.seatNo,
      seatNos: registrations.seatNos,
      waitlistPosition,
      checkedInAt: registrations.checkedInAt,
      attended: registrations.attended,
      proxyByName,
    })
    .from(registrations)
    .innerJoin(users, eq(users.id, registrations.userId))
    .leftJoin(
      members,
      and(eq(members.communityId, registrations.communityId), eq(members.userId, registrations.userId)),
    )
    .leftJoin(estates, and(eq(estates.communityId, members.communityId), eq(estates.id, members.estateId)))
    .where(and(...where))
    .orderBy(asc(registrations.status), asc(registrations.seatNo), asc(registrations.waitlistSeq))
    .limit(5000);
}

export async function roster(ctx: Ctx, input: ActionParsed<'events', 'roster'>): Promise<RosterEntry[]> {
  await requireEvent(ctx, input.communityId, input.eventId);
  const rows = await rosterRows(ctx, input.communityId, input.eventId, input.query);
  return rows.map((r) => ({
    registrationId: r.registrationId,
    name: r.name,
    building: r.building,
    unit: r.unit,
    // On screen the phone stays masked, even for staff; the export carries it whole for calling elders.
    phoneMasked: maskPhone(r.phone),
    partySize: r.partySize,
    status: r.status as RegistrationStatus,
    seatNo: r.seatNo,
    seatNos: r.seatNos,
    waitlistPosition: r.waitlistPosition,
    checkedInAt: r.checkedInAt ? r.checkedInAt.toISOString() : null,
    proxyByName: r.proxyByName,
    estateName: r.estateName,
    attended: r.attended,
  }));
}
