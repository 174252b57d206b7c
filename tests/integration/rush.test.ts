/**
 * The 重阳宴 rush at full size: 600 seats, 5,000 distinct residents and 500 retries, 50 in flight,
 * through the real router — on PGlite by default and on PostgreSQL when DATABASE_URL is set.
 */
import { sql } from 'drizzle-orm';
import { query } from '../../server/db/query';
import { addEvent, addResidents } from './support/fixtures';
import { seededApi } from './support/seeded';
import { onPostgres } from './support/test-db';

const C = 'bijiqiao';

const { t, api } = seededApi({ poolSize: 10 });

async function pool<T>(items: T[], inFlight: number, work: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next < items.length) await work(items[next++]);
    }),
  );
}

const signup = (eventId: string, p: string, key: string) =>
  api.raw('events', { action: 'signup', data: { communityId: C, eventId, partySize: 1 }, requestKey: key }, p);

it(`gives exactly 600 seats and a gap-free waiting list of 4,400 (${onPostgres ? 'PostgreSQL' : 'PGlite'})`, async () => {
  const EVENT = await addEvent(t.db, C, 'rush-600', { capacity: 600 });
  const people = await addResidents(t.db, C, 'r6', 5000);
  const first = people.map((p) => ({ p, key: `r6-${p}` }));
  const all = [...first, ...first.filter((_, i) => i % 10 === 3)].sort(() => Math.random() - 0.5);
  expect(all).toHaveLength(5500);
  const answers = new Map<string, unknown[]>();
  await pool(all, 50, async ({ p, key }) => {
    const res = await signup(EVENT, p, key);
    if (!res.reply.ok) throw new Error(`${p}: ${res.reply.error.code}`);
    answers.set(p, [...(answers.get(p) ?? []), res.reply.data]);
  });
  // Every retry got the first answer back.
  for (const [, a] of answers) for (const x of a) expect(x).toEqual(a[0]);

  const seats = await query<{ seat_no: number }>(
    t.db,
    sql`select seat_no from registrations where event_id = ${EVENT} and status = 'confirmed' order by seat_no`,
  );
  expect(seats.map((s) => s.seat_no)).toEqual(Array.from({ length: 600 }, (_, i) => i + 1));
  const waiting = await query<{ seq: number }>(
    t.db,
    sql`select waitlist_seq as seq from registrations where event_id = ${EVENT} and status = 'waitlisted' order by 1`,
  );
  expect(waiting.map((w) => w.seq)).toEqual(Array.from({ length: 4400 }, (_, i) => i + 1));
  // What residents were told: seats 1..600 and positions 1..4,400, each once.
  const told = [...answers.values()].map((a) => a[0] as { status: string; seatNo: number; waitlistPosition: number });
  const positions = told.filter((r) => r.status === 'waitlisted').map((r) => r.waitlistPosition);
  expect(positions.sort((a, b) => a - b)).toEqual(Array.from({ length: 4400 }, (_, i) => i + 1));
  expect(told.filter((r) => r.status === 'confirmed').map((r) => r.seatNo).sort((a, b) => a - b)).toEqual(
    Array.from({ length: 600 }, (_, i) => i + 1),
  );
}, 300_000);

it('keeps counts exact when confirmed residents cancel during the rush, promoting in order', async () => {
  const EVENT = await addEvent(t.db, C, 'rush-cancel', { capacity: 100 });
  const people = await addResidents(t.db, C, 'rc', 600);
  const early = people.slice(0, 100);
  for (const p of early) await signup(EVENT, p, `rc-${p}`);
  // 500 more sign up while 40 of the first hundred cancel.
  const regs = await query<{ id: string; openid: string }>(
    t.db,
    sql`select r.id, u.openid from registrations r join users u on u.id = r.user_id where r.event_id = ${EVENT} order by r.seat_no limit 40`,
  );
  const jobs: (() => Promise<unknown>)[] = [
    ...people.slice(100).map((p) => () => signup(EVENT, p, `rc-${p}`)),
    ...regs.map((r) => () =>
      api.ok(r.openid, 'events', 'cancelRegistration', { communityId: C, registrationId: r.id }, `cancel-${r.id}`),
    ),
  ].sort(() => Math.random() - 0.5);
  await pool(jobs, 30, async (job) => void (await job()));

  const [ev] = await query<{ seats_taken: number; seat_hwm: number }>(
    t.db,
    sql`select seats_taken, seat_hwm from events where id = ${EVENT}`,
  );
  expect(ev).toEqual({ seats_taken: 100, seat_hwm: 100 });
  const confirmed = await query<{ seat_no: number }>(
    t.db,
    sql`select seat_no from registrations where event_id = ${EVENT} and status = 'confirmed' order by seat_no`,
  );
  expect(confirmed.map((r) => r.seat_no)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
  const free = await query(t.db, sql`select 1 from event_free_seats where event_id = ${EVENT}`);
  expect(free).toHaveLength(0);
  // Promotion is strictly in waiting-list order: every promoted seq is below every still-waiting seq.
  const seqs = await query<{ status: string; seq: number }>(
    t.db,
    sql`select status, waitlist_seq as seq from registrations where event_id = ${EVENT} and waitlist_seq is not null`,
  );
  const promoted = seqs.filter((s) => s.status === 'confirmed').map((s) => s.seq);
  const waiting = seqs.filter((s) => s.status === 'waitlisted').map((s) => s.seq);
  // A cancellation that lands while nobody waits frees a seat the next sign-up takes directly,
  // so up to 40 are promoted; each promotion is told once.
  expect(promoted.length).toBeGreaterThan(20);
  expect(promoted.length).toBeLessThanOrEqual(40);
  expect(Math.max(...promoted)).toBeLessThan(Math.min(...waiting));
  // Every promotion lands in the person's inbox (the channel of record; WeChat only with a consent left).
  const notices = await query(t.db, sql`select 1 from inbox where kind = 'promoted' and payload->>'eventId' = ${EVENT}`);
  expect(notices).toHaveLength(promoted.length);
  const cancelled = await query(t.db, sql`select 1 from registrations where event_id = ${EVENT} and status = 'cancelled'`);
  expect(cancelled).toHaveLength(40);
}, 120_000);
