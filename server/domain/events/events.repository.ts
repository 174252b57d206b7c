import { and, asc, eq, getTableColumns, gt, ilike, or, sql } from 'drizzle-orm';
import type { EventCategory, RegistrationStatus, RegistrationView } from '@linli/types';
import type { Executor } from '../../db/client';
import { bare, outer } from '../../db/query';
import { estates, eventRoles, events, members, registrations, users } from '../../db/schema';
import { getUser } from '../users/users.repository';

export type EventRow = typeof events.$inferSelect;

const eventColumns = Object.entries(getTableColumns(events));

/**
 * An event row from `to_jsonb(events row)` (what linli_signup returns): each column read by its SQL
 * name and mapped as drizzle maps the driver's value (timestamps to Date, jsonb as is), so it equals
 * what `select … from events` gives (tests/integration/signup-read.test.ts compares them).
 */
export function eventFromJson(json: Record<string, unknown>): EventRow {
  const row: Record<string, unknown> = {};
  for (const [key, column] of eventColumns) {
    const value = json[column.name];
    row[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
  }
  return row as EventRow;
}

export type EventWithCounts = EventRow & { waitlistCount: number; confirmedCount: number };

/** Registrations of the outer query's event in one status (the subquery's own table needs no alias). */
const countIn = (status: RegistrationStatus) => sql<number>`(select count(*)::int from ${registrations}
    where ${registrations.communityId} = ${outer(events.communityId)} and ${registrations.eventId} = ${outer(events.id)}
      and ${registrations.status} = ${status})`;

const counts = { waitlistCount: countIn('waitlisted'), confirmedCount: countIn('confirmed') };

export async function findEvent(db: Executor, communityId: string, eventId: string) {
  const [row] = await db
    .select()
    .from(events)
    .where(and(eq(events.communityId, communityId), eq(events.id, eventId)))
    .limit(1);
  return row;
}

export async function listEvents(
  db: Executor,
  communityId: string,
  opts: { publishedOnly: boolean; endsAfter?: Date; category?: EventCategory; limit: number },
): Promise<EventWithCounts[]> {
  const where = [eq(events.communityId, communityId)];
  if (opts.publishedOnly) where.push(eq(events.status, 'published'));
  if (opts.endsAfter) where.push(gt(events.endsAt, opts.endsAfter));
  if (opts.category) where.push(eq(events.category, opts.category));
  const rows = await db
    .select({ event: events, ...counts })
    .from(events)
    .where(and(...where))
    .orderBy(asc(events.startsAt))
    .limit(opts.limit);
  return rows.map((r) => ({ ...r.event, waitlistCount: r.waitlistCount, confirmedCount: r.confirmedCount }));
}

export async function countsFor(db: Executor, communityId: string, eventId: string) {
  const [row] = await db
    .select(counts)
    .from(events)
    .where(and(eq(events.communityId, communityId), eq(events.id, eventId)));
  return row ?? { waitlistCount: 0, confirmedCount: 0 };
}

export async function rolesOf(db: Executor, communityId: string, eventId: string) {
  return db
    .select()
    .from(eventRoles)
    .where(and(eq(eventRoles.communityId, communityId), eq(eventRoles.eventId, eventId)))
    .orderBy(asc(eventRoles.id));
}

/** The rank among those still waiting: positions close up when someone ahead leaves. */
export const waitlistPosition = sql<number | null>`case when ${outer(registrations.status)} = 'waitlisted' then
    (select count(*)::int from ${registrations} w where w.${bare(registrations.communityId)} = ${outer(registrations.communityId)}
      and w.${bare(registrations.eventId)} = ${outer(registrations.eventId)} and w.${bare(registrations.status)} = 'waitlisted'
      and w.${bare(registrations.waitlistSeq)} <= ${outer(registrations.waitlistSeq)}) end`;

/** Who signed the registration up for its holder (代报名, 家人代办), or null. */
export const proxyByName = sql<string | null>`(select coalesce(p.${bare(users.name)}, p.${bare(users.nickname)}) from ${users} p
  where p.${bare(users.id)} = ${outer(registrations.proxyBy)})`;

const registrationColumns = {
  id: registrations.id,
  communityId: registrations.communityId,
  eventId: registrations.eventId,
  userId: registrations.userId,
  eventTitle: events.title,
  startsAt: events.startsAt,
  cancelDeadline: events.cancelDeadline,
  place: events.place,
  status: registrations.status,
  seatNo: registrations.seatNo,
  seatNos: registrations.seatNos,
  waitlistPosition,
  partySize: registrations.partySize,
  proxyByName,
  createdAt: registrations.createdAt,
  checkedInAt: registrations.checkedInAt,
  attended: registrations.attended,
};

export type RegistrationRow = Awaited<ReturnType<typeof registrationsOf>>[number];

export function toView(r: RegistrationRow, now: Date): RegistrationView {
  return {
    id: r.id,
    communityId: r.communityId,
    eventId: r.eventId,
    eventTitle: r.eventTitle,
    startsAt: r.startsAt.toISOString(),
    place: r.place,
    status: r.status,
    seatNo: r.seatNo,
    seatNos: r.seatNos,
    waitlistPosition: r.waitlistPosition,
    partySize: r.partySize,
    proxyByName: r.proxyByName,
    createdAt: new Date(r.createdAt).toISOString(),
    checkedInAt: r.checkedInAt ? r.checkedInAt.toISOString() : null,
    attended: r.attended,
    canCancel: r.status !== 'cancelled' && !r.checkedInAt && now < r.cancelDeadline,
  };
}

function registrationQuery(db: Executor) {
  return db
    .select(registrationColumns)
    .from(registrations)
    .innerJoin(
      events,
      and(eq(events.communityId, registrations.communityId), eq(events.id, registrations.eventId)),
    );
}

export async function registrationsOf(db: Executor, communityId: string, userId: string, eventId?: string) {
  const where = [eq(registrations.communityId, communityId), eq(registrations.userId, userId)];
  if (eventId) where.push(eq(registrations.eventId, eventId));
  return registrationQuery(db)
    .where(and(...where))
    .orderBy(asc(events.startsAt), asc(registrations.createdAt));
}

export async function registrationById(db: Executor, communityId: string, id: string) {
  const [row] = await registrationQuery(db).where(
    and(eq(registrations.communityId, communityId), eq(registrations.id, id)),
  );
  return row;
}

/** What eligibility needs to know about a person in a community. */
export async function personOf(db: Executor, communityId: string, userId: string) {
  const user = await getUser(db, userId);
  const [member] = await db
    .select({ estateId: members.estateId })
    .from(members)
    .where(and(eq(members.communityId, communityId), eq(members.userId, user.id)));
  return { birthYear: user.birthYear, estateId: member?.estateId ?? null };
}

/** The roster (screen and export), optionally searched by name or building. */
export async function rosterRows(db: Executor, communityId: string, eventId: string, search?: string) {
  const where = [eq(registrations.communityId, communityId), eq(registrations.eventId, eventId)];
  if (search) {
    const like = `%${search.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
    where.push(or(ilike(users.name, like), ilike(users.nickname, like), ilike(members.building, like))!);
  }
  return db
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
