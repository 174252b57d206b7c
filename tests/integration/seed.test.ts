/** The demo seed goes through the domain: quotas, seats and the ledger add up the moment it is seeded. */
import { sql } from 'drizzle-orm';
import { query } from '../../server/db/query';
import { checkInvariants } from '../../server/domain/ledger/invariants';
import { CLEANUP_ID } from '../../server/seed/seed';
import { EXPENSES } from '../../server/seed/demo-data';
import { seededApi } from './support/seeded';

const C = 'bijiqiao';
const { t } = seededApi();

it('counts every volunteer shift in its role quota', async () => {
  const roles = await query<{ event_id: string; id: string; taken: number; shifts: number }>(
    t.db,
    sql`select r.event_id, r.id, r.taken, (select count(*)::int from volunteer_shifts s where s.community_id = r.community_id
        and s.event_id = r.event_id and s.role_id = r.id and s.status = 'signed_up') as shifts
      from event_roles r where r.community_id = ${C} order by r.event_id, r.id`,
  );
  expect(roles.every((r) => r.taken === r.shifts)).toBe(true);
  expect(roles.find((r) => r.event_id === CLEANUP_ID)).toMatchObject({ id: 'clean', taken: 3, shifts: 3 });
});

it('gives the river clean-up volunteers their two measured hours', async () => {
  const shifts = await query<{ minutes: number }>(
    t.db,
    sql`select extract(epoch from checked_out_at - checked_in_at)::int / 60 as minutes from volunteer_shifts
      where community_id = ${C} and event_id = ${CLEANUP_ID} order by checked_in_at`,
  );
  expect(shifts.map((s) => s.minutes)).toEqual([120, 115, 110]);
});

it('holds seats only for confirmed parties', async () => {
  const drift = await query<{ id: string }>(
    t.db,
    sql`select e.id from events e where e.community_id = ${C} and e.seats_taken <> (select coalesce(sum(r.party_size), 0)
      from registrations r where r.community_id = e.community_id and r.event_id = e.id and r.status = 'confirmed')`,
  );
  expect(drift).toEqual([]);
});

it('pays each paid expense exactly once, and the ledger invariants hold', async () => {
  const paid = await query<{ id: string; transfers: number }>(
    t.db,
    sql`select x.id, (select count(*)::int from transfers t where t.community_id = x.community_id and t.ref_type = 'expense'
        and t.ref_id = x.id) as transfers from expenses x where x.community_id = ${C} and x.status = 'paid'`,
  );
  expect(paid.length).toBe(EXPENSES.filter((x) => x.pay).length);
  expect(paid.every((x) => x.transfers === 1)).toBe(true);
  const statuses = await query<{ status: string }>(t.db, sql`select status from expenses where community_id = ${C} order by created_at`);
  expect(statuses.map((s) => s.status)).toEqual(EXPENSES.map((x) => (x.pay ? 'paid' : 'pending')));
  const report = await checkInvariants(t.db, C);
  expect(report.checks.filter((c) => !c.ok)).toEqual([]);
});
