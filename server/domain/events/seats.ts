/**
 * Seat bookkeeping on the event row. Every change runs inside the caller's transaction and begins
 * with a lock or a guarded UPDATE of the event, which also serializes all seat changes of that event.
 * Invariant: seats_taken + (free seat numbers) = seat_hwm ≤ capacity.
 * The sign-up itself is one SQL function, `linli_signup` (server/db/migrations/0019_signup_facts.sql).
 */
import { sql } from 'drizzle-orm';
import type { ActiveRegistrationStatus } from '@linli/types';
import type { Executor } from '../../db/client';
import { bare, query } from '../../db/query';
import { eventFreeSeats, events } from '../../db/schema';
import { eventFromJson, type EventRow } from './events.repository';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);
const theEvent = (communityId: string, eventId: string) =>
  sql`${events.communityId} = ${communityId} and ${events.id} = ${eventId}`;
const freeOf = (communityId: string, eventId: string) =>
  sql`${eventFreeSeats.communityId} = ${communityId} and ${eventFreeSeats.eventId} = ${eventId}`;

/**
 * Takes `party` seats if they fit and returns their numbers (freed numbers first, lowest first),
 * or null when full. Used by the waiting list's promotion; the caller holds the event lock.
 */
export async function takeSeats(
  db: Executor,
  communityId: string,
  eventId: string,
  party: number,
): Promise<number[] | null> {
  const free = sql`exists (select 1 from ${eventFreeSeats} where ${freeOf(communityId, eventId)})`;
  const [row] = await query<{ seat_hwm: number; had_free: boolean }>(
    db,
    sql`update ${events}
      set ${bare(events.seatsTaken)} = ${events.seatsTaken} + ${party},
          ${bare(events.seatHwm)} = case when ${free} then ${events.seatHwm} else ${events.seatHwm} + ${party} end
      where ${theEvent(communityId, eventId)} and ${events.seatsTaken} + ${party} <= ${events.capacity}
      returning ${events.seatHwm} as seat_hwm, ${free} as had_free`,
  );
  if (!row) return null;
  if (!row.had_free) return range(row.seat_hwm - party + 1, row.seat_hwm);

  const reused = await query<{ seat_no: number }>(
    db,
    sql`delete from ${eventFreeSeats} where ${freeOf(communityId, eventId)}
      and ${eventFreeSeats.seatNo} in (select ${eventFreeSeats.seatNo} from ${eventFreeSeats}
        where ${freeOf(communityId, eventId)} order by ${eventFreeSeats.seatNo} limit ${party})
      returning ${eventFreeSeats.seatNo} as seat_no`,
  );
  const need = party - reused.length;
  let fresh: number[] = [];
  if (need > 0) {
    const [h] = await query<{ seat_hwm: number }>(
      db,
      sql`update ${events} set ${bare(events.seatHwm)} = ${events.seatHwm} + ${need}
        where ${theEvent(communityId, eventId)} returning ${events.seatHwm} as seat_hwm`,
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
    sql`update ${events} set ${bare(events.seatsTaken)} = ${events.seatsTaken} - ${seatNos.length}
      where ${theEvent(communityId, eventId)}`,
  );
  await db
    .insert(eventFreeSeats)
    .values(seatNos.map((seatNo) => ({ communityId, eventId, seatNo })))
    .onConflictDoNothing();
}

/**
 * `count` entries left the waiting list (promoted or cancelled): a new entry's position is
 * waitlist_seq − waitlist_left. The caller holds the event lock.
 */
export async function leftWaitlist(db: Executor, communityId: string, eventId: string, count: number): Promise<void> {
  if (count === 0) return;
  await query(
    db,
    sql`update ${events} set ${bare(events.waitlistLeft)} = ${events.waitlistLeft} + ${count}
      where ${theEvent(communityId, eventId)}`,
  );
}

/** Locks the event row first, so every path that changes seats or registrations takes locks in one order. */
export async function lockEvent(db: Executor, communityId: string, eventId: string): Promise<void> {
  await query(db, sql`select 1 from ${events} where ${theEvent(communityId, eventId)} for update`);
}

export interface NewRegistration {
  communityId: string;
  eventId: string;
  userId: string;
  partySize: number;
  remind: boolean;
  proxyBy: string | null;
}

/** What the sign-up is checked against, read under the event lock by the same call. */
export interface SignupRead {
  /** The event as locked, before this sign-up's seat change. */
  event: EventRow;
  person: { birthYear: number | null; estateId: string | null };
}

export type SeatOutcome =
  /** Registered: confirmed with its seat numbers, or waitlisted with its number and position. */
  | ({
      kind: 'registered';
      id: string;
      status: ActiveRegistrationStatus;
      seatNos: number[];
      waitlistSeq: number | null;
      position: number | null;
    } & SignupRead)
  /** Full without a waiting list. */
  | ({ kind: 'full' } & SignupRead)
  /** Not published, or outside the sign-up window: nothing written. */
  | ({ kind: 'closed' } & SignupRead)
  /** The person holds an active registration for this event: nothing written. */
  | ({ kind: 'already' } & SignupRead)
  /** No such event. */
  | { kind: 'not_found' };

/**
 * The sign-up in one call of `linli_signup`: locks the event row, reads the person's birth year and
 * estate, takes seats (freed numbers first) or the next waiting-list number with its position, inserts
 * the registration — all or nothing — and returns the event and the person with the outcome. It does
 * not apply the eligibility rules (the caller does, and rolls back on a refusal). A second active
 * registration racing this one fails on registrations_active_uq.
 */
export async function signupSeat(db: Executor, r: NewRegistration, now: Date): Promise<SeatOutcome> {
  const [row] = await query<{
    outcome: 'registered' | 'full' | 'closed' | 'already' | 'not_found';
    id: string | null;
    status: ActiveRegistrationStatus | null;
    seat_nos: number[] | null;
    waitlist_seq: number | null;
    position: number | null;
    event: Record<string, unknown> | null;
    birth_year: number | null;
    estate_id: string | null;
  }>(
    db,
    sql`select o_outcome as outcome, o_id as id, o_status as status, o_seat_nos as seat_nos,
        o_waitlist_seq as waitlist_seq, o_position as position, o_event as event, o_birth_year as birth_year,
        o_estate_id as estate_id
      from linli_signup(${r.communityId}, ${r.eventId}, ${r.userId}, ${r.partySize}::int, ${r.remind}::boolean,
        ${r.proxyBy}::text, ${now.toISOString()}::timestamptz)`,
  );
  if (row.outcome === 'not_found' || !row.event) return { kind: 'not_found' };
  const read: SignupRead = {
    event: eventFromJson(row.event),
    person: { birthYear: row.birth_year, estateId: row.estate_id },
  };
  if (row.outcome !== 'registered') return { kind: row.outcome, ...read };
  return {
    kind: 'registered',
    id: row.id!,
    status: row.status!,
    seatNos: row.seat_nos ?? [],
    waitlistSeq: row.waitlist_seq,
    position: row.position,
    ...read,
  };
}
