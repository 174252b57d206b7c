import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { events, registrations, users } from '../../db/schema';

export type EventRow = typeof events.$inferSelect;
export type EventWithCounts = EventRow & { waitlistCount: number; confirmedCount: number };

const counts = {
  waitlistCount: sql<number>`(select count(*)::int from ${registrations} r
    where r.community_id = ${events.communityId} and r.event_id = ${events.id} and r.status = 'waitlisted')`,
  confirmedCount: sql<number>`(select count(*)::int from ${registrations} r
    where r.community_id = ${events.communityId} and r.event_id = ${events.id} and r.status = 'confirmed')`,
};

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
  opts: { publishedOnly: boolean; endsAfter?: Date; category?: string; limit: number },
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

/** Takes `party` seats if they fit; the only way seats are handed out. Returns the new seats_taken. */
export async function takeSeats(db: Executor, communityId: string, eventId: string, party: number, now: Date) {
  const rows = await db.execute<{ seats_taken: number }>(sql`
    update ${events} set seats_taken = seats_taken + ${party}
    where community_id = ${communityId} and id = ${eventId} and status = 'published'
      and signup_opens_at <= ${now.toISOString()}::timestamptz and signup_closes_at > ${now.toISOString()}::timestamptz
      and seats_taken + ${party} <= capacity
    returning seats_taken`);
  return rows.rows[0]?.seats_taken ?? null;
}

/** Appends to the waiting list if the event has one; returns the new sequence number. */
export async function takeWaitlistSlot(db: Executor, communityId: string, eventId: string, now: Date) {
  const rows = await db.execute<{ waitlist_seq: number }>(sql`
    update ${events} set waitlist_seq = waitlist_seq + 1
    where community_id = ${communityId} and id = ${eventId} and status = 'published' and waitlist_enabled
      and signup_opens_at <= ${now.toISOString()}::timestamptz and signup_closes_at > ${now.toISOString()}::timestamptz
    returning waitlist_seq`);
  return rows.rows[0]?.waitlist_seq ?? null;
}

const registrationView = {
  id: registrations.id,
  eventId: registrations.eventId,
  eventTitle: events.title,
  startsAt: events.startsAt,
  place: events.place,
  status: registrations.status,
  seatNo: registrations.seatNo,
  waitlistPosition: sql<number | null>`case when ${registrations.status} = 'waitlisted' then
    (select count(*)::int from ${registrations} w where w.community_id = ${registrations.communityId}
      and w.event_id = ${registrations.eventId} and w.status = 'waitlisted'
      and w.waitlist_seq <= ${registrations.waitlistSeq}) end`,
  partySize: registrations.partySize,
  proxyByName: sql<string | null>`(select coalesce(p.name, p.nickname) from ${users} p where p.id = ${registrations.proxyBy})`,
  createdAt: registrations.createdAt,
};

export async function registrationsOf(db: Executor, communityId: string, userId: string, eventId?: string) {
  const where = [eq(registrations.communityId, communityId), eq(registrations.userId, userId)];
  if (eventId) where.push(eq(registrations.eventId, eventId));
  return db
    .select(registrationView)
    .from(registrations)
    .innerJoin(events, and(eq(events.communityId, registrations.communityId), eq(events.id, registrations.eventId)))
    .where(and(...where))
    .orderBy(asc(events.startsAt), asc(registrations.createdAt));
}

export async function registrationById(db: Executor, communityId: string, id: string) {
  const [row] = await db
    .select(registrationView)
    .from(registrations)
    .innerJoin(events, and(eq(events.communityId, registrations.communityId), eq(events.id, registrations.eventId)))
    .where(and(eq(registrations.communityId, communityId), eq(registrations.id, id)));
  return row;
}
