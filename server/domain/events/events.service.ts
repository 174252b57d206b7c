/** What residents and staff read about events: lists, detail with eligibility, my registrations, roster. */
import { eq } from 'drizzle-orm';
import type {
  ActionParsed,
  EventDetail,
  EventSummary,
  RegistrationView,
  RosterEntry,
  StaffEventRow,
} from '@linli/types';
import { estates } from '../../db/schema';
import type { Ctx } from '../shared/context';
import { maskPhone } from '../shared/mask';
import { eligibility } from './eligibility';
import {
  type EventWithCounts,
  countsFor,
  listEvents,
  personOf,
  registrationsOf,
  rolesOf,
  rosterRows,
  toView,
} from './events.repository';
import { activeShiftOf, toShiftView } from './shifts.repository';
import { requireEvent } from './visibility';

/** Kept for callers outside this folder (family); new code imports it from ./visibility. */
export { requireEvent };

export function summary(e: EventWithCounts): EventSummary {
  return {
    id: e.id,
    communityId: e.communityId,
    title: e.title,
    category: e.category,
    place: e.place,
    startsAt: e.startsAt.toISOString(),
    endsAt: e.endsAt.toISOString(),
    signupOpensAt: e.signupOpensAt.toISOString(),
    signupClosesAt: e.signupClosesAt.toISOString(),
    capacity: e.capacity,
    seatsLeft: e.capacity - e.seatsTaken,
    waitlistEnabled: e.waitlistEnabled,
    waitlistCount: e.waitlistCount,
    status: e.status,
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


export async function detail(ctx: Ctx, input: ActionParsed<'events', 'detail'>): Promise<EventDetail> {
  const event = await requireEvent(ctx, input.communityId, input.eventId);
  const [counts, person, mine, estateRows, roles, myShift] = await Promise.all([
    countsFor(ctx.db, input.communityId, input.eventId),
    personOf(ctx.db, input.communityId, ctx.actor.userId),
    registrationsOf(ctx.db, input.communityId, ctx.actor.userId, input.eventId),
    ctx.db.select().from(estates).where(eq(estates.communityId, input.communityId)),
    rolesOf(ctx.db, input.communityId, input.eventId),
    activeShiftOf(ctx.db, input.communityId, input.eventId, ctx.actor.userId),
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
    myShift: myShift ? toShiftView(myShift) : null,
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

export async function roster(ctx: Ctx, input: ActionParsed<'events', 'roster'>): Promise<RosterEntry[]> {
  await requireEvent(ctx, input.communityId, input.eventId);
  const rows = await rosterRows(ctx.db, input.communityId, input.eventId, input.query);
  return rows.map((r) => ({
    registrationId: r.registrationId,
    name: r.name,
    building: r.building,
    unit: r.unit,
    // On screen the phone stays masked, even for staff; the export carries it whole for calling elders.
    phoneMasked: maskPhone(r.phone),
    partySize: r.partySize,
    status: r.status,
    seatNo: r.seatNo,
    seatNos: r.seatNos,
    waitlistPosition: r.waitlistPosition,
    checkedInAt: r.checkedInAt ? r.checkedInAt.toISOString() : null,
    proxyByName: r.proxyByName,
    estateName: r.estateName,
    attended: r.attended,
  }));
}
