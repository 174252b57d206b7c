/**
 * Seat bookkeeping on the event row. Every change runs inside the caller's transaction and begins
 * with a guarded UPDATE of the event, which also serializes all seat changes of that event.
 * Invariant: seats_taken + (free seat numbers) = seat_hwm ≤ capacity.
 */
import { sql } from 'drizzle-orm';
import type { ActiveRegistrationStatus } from '@linli/types';
import type { Executor } from '../../db/client';
import { query } from '../../db/query';
import { eventFreeSeats, events, registrations } from '../../db/schema';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/**
 * Takes `party` seats if they fit and returns their numbers (freed numbers first, lowest first),
 * or null when full. `window` also requires the event to be published and open for sign-up now.
 */
export async function takeSeats(
  db: Executor,
  communityId: string,
  eventId: string,
  party: number,
  window: Date | null,
): Promise<number[] | null> {
  const windowGuard = window
    ? sql`and status = 'published' and signup_opens_at <= ${window.toISOString()}::timestamptz
          and signup_closes_at > ${window.toISOString()}::timestamptz`
    : sql``;
  const free = sql`exists (select 1 from ${eventFreeSeats} f where f.community_id = ${communityId} and f.event_id = ${eventId})`;
  const [row] = await query<{ seat_hwm: number; had_free: boolean }>(
    db,
    sql`update ${events}
      set seats_taken = seats_taken + ${party},
          seat_hwm = case when ${free} then seat_hwm else seat_hwm + ${party} end
      where community_id = ${communityId} and id = ${eventId} and seats_taken + ${party} <= capacity ${windowGuard}
      returning seat_hwm, ${free} as had_free`,
  );
  if (!row) return null;
  if (!row.had_free) return range(row.seat_hwm - party + 1, row.seat_hwm);

  const reused = await query<{ seat_no: number }>(
    db,
    sql`delete from ${eventFreeSeats} where community_id = ${communityId} and event_id = ${eventId}
      and seat_no in (select seat_no from ${eventFreeSeats} where community_id = ${communityId} and event_id = ${eventId}
                      order by seat_no limit ${party})
      returning seat_no`,
  );
  const need = party - reused.length;
  let fresh: number[] = [];
  if (need > 0) {
    const [h] = await query<{ seat_hwm: number }>(
      db,
      sql`update ${events} set seat_hwm = seat_hwm + ${need}
        where community_id = ${communityId} and id = ${eventId} returning seat_hwm`,
    );
    fresh = range(h.seat_hwm - need + 1, h.seat_hwm);
  }
  return [...reused.map((r) => r.seat_no), ...fresh].sort((a, b) => a - b);
}

/** Gives seats back: the count drops and the numbers go to the free list for the next person. */
export async function releaseSeats(
  db: Executor,
  communityId: string,
  eventId: string,
  seatNos: number[],
): Promise<void> {
  if (seatNos.length === 0) return;
  await query(
    db,
    sql`update ${events} set seats_taken = seats_taken - ${seatNos.length}
      where community_id = ${communityId} and id = ${eventId}`,
  );
  await db
    .insert(eventFreeSeats)
    .values(seatNos.map((seatNo) => ({ communityId, eventId, seatNo })))
    .onConflictDoNothing();
}

/** Locks the event row first, so every path that changes seats or registrations takes locks in one order. */
export async function lockEvent(db: Executor, communityId: string, eventId: string): Promise<void> {
  await query(
    db,
    sql`select 1 from ${events} where community_id = ${communityId} and id = ${eventId} for update`,
  );
}

export async function takeWaitlistSlot(db: Executor, communityId: string, eventId: string, now: Date) {
  const [row] = await query<{ waitlist_seq: number }>(
    db,
    sql`update ${events} set waitlist_seq = waitlist_seq + 1
      where community_id = ${communityId} and id = ${eventId} and status = 'published' and waitlist_enabled
        and signup_opens_at <= ${now.toISOString()}::timestamptz and signup_closes_at > ${now.toISOString()}::timestamptz
      returning waitlist_seq`,
  );
  return row?.waitlist_seq ?? null;
}

export interface NewRegistration {
  communityId: string;
  eventId: string;
  userId: string;
  partySize: number;
  remind: boolean;
  proxyBy: string | null;
}

export type SeatOutcome =
  /** Registered: confirmed with fresh seat numbers, or waitlisted with its sequence number. */
  | {
      kind: 'registered';
      id: string;
      status: ActiveRegistrationStatus;
      seatNos: number[];
      waitlistSeq: number | null;
    }
  /** Seats fit but freed seat numbers wait for reuse: take the general path (takeSeats). */
  | { kind: 'reuse' }
  /** Not open for sign-up now, or full without a waiting list. */
  | { kind: 'full' };

/**
 * The rush path in one statement: locks the event row (`FOR UPDATE`, so concurrent sign-ups queue
 * on it exactly as with a guarded UPDATE), takes fresh seats when the party fits or else the next
 * waiting-list number, and inserts the registration — all or nothing. The free-seat list (seats
 * given back by cancellations) is left to `takeSeats`. A second active registration of the same
 * person fails the whole statement on the partial unique index.
 */
export async function registerInOneStatement(
  db: Executor,
  r: NewRegistration,
  now: Date,
): Promise<SeatOutcome> {
  const at = now.toISOString();
  const [row] = await query<{
    fits: boolean;
    had_free: boolean;
    id: string | null;
    status: ActiveRegistrationStatus | null;
    seat_nos: number[] | null;
    waitlist_seq: number | null;
  }>(
    db,
    sql`with old as (
        select seats_taken + ${r.partySize} <= capacity as fits, waitlist_enabled,
          exists (select 1 from ${eventFreeSeats} f where f.community_id = ${r.communityId} and f.event_id = ${r.eventId}) as had_free
        from ${events}
        where community_id = ${r.communityId} and id = ${r.eventId} and status = 'published'
          and signup_opens_at <= ${at}::timestamptz and signup_closes_at > ${at}::timestamptz
        for update),
      upd as (
        update ${events} e set
          seats_taken = case when o.fits then e.seats_taken + ${r.partySize} else e.seats_taken end,
          seat_hwm = case when o.fits then e.seat_hwm + ${r.partySize} else e.seat_hwm end,
          waitlist_seq = case when o.fits then e.waitlist_seq else e.waitlist_seq + 1 end
        from old o
        where e.community_id = ${r.communityId} and e.id = ${r.eventId}
          and ((o.fits and not o.had_free) or (not o.fits and o.waitlist_enabled))
        returning o.fits, e.seat_hwm, e.waitlist_seq),
      ins as (
        insert into ${registrations} (community_id, event_id, user_id, party_size, remind, proxy_by, status, seat_no, seat_nos, waitlist_seq)
        select ${r.communityId}, ${r.eventId}, ${r.userId}, ${r.partySize}, ${r.remind}, ${r.proxyBy},
          case when u.fits then 'confirmed' else 'waitlisted' end,
          case when u.fits then u.seat_hwm - ${r.partySize} + 1 end,
          case when u.fits then to_jsonb(array(select generate_series(u.seat_hwm - ${r.partySize} + 1, u.seat_hwm))) else '[]'::jsonb end,
          case when u.fits then null else u.waitlist_seq end
        from upd u
        returning id, status, seat_nos, waitlist_seq)
      select o.fits, o.had_free, i.id, i.status, i.seat_nos, i.waitlist_seq from old o left join ins i on true`,
  );
  if (!row) return { kind: 'full' };
  if (row.id) {
    return {
      kind: 'registered',
      id: row.id,
      status: row.status!,
      seatNos: row.seat_nos ?? [],
      waitlistSeq: row.waitlist_seq,
    };
  }
  return row.fits && row.had_free ? { kind: 'reuse' } : { kind: 'full' };
}
