/** 户: the address a member gives names one household, however the room number is written. */
import { sql } from 'drizzle-orm';
import { query } from '../../server/db/query';
import { seededApi } from './support/seeded';

const C = 'bijiqiao';
const { api, t } = seededApi();
const address = { communityId: C, estateId: 'bijiyuan', building: '5栋', unit: '1单元', acceptPrivacy: true as const };

it('puts two members who give the same flat, written differently, into one household', async () => {
  const a = await api.ok('hh-a', 'user', 'join', { ...address, room: '３０２室' });
  const b = await api.ok('hh-b', 'user', 'join', { ...address, room: ' 302 ' });
  expect(a.room).toBe('302');
  expect(a.householdId).toEqual(expect.any(String));
  expect(b.householdId).toBe(a.householdId);
  const c = await api.ok('hh-c', 'user', 'join', { ...address, room: '402' });
  expect(c.householdId).not.toBe(a.householdId);
});

it('moves a member to another household when they join again with a new room, keeping the old one for the others', async () => {
  const before = (await api.ok('hh-b', 'user', 'me', {})).memberships[0];
  const moved = await api.ok('hh-b', 'user', 'join', { ...address, room: '1-502' });
  expect(moved.room).toBe('1-502');
  expect(moved.householdId).not.toBe(before.householdId);
  expect((await api.ok('hh-a', 'user', 'me', {})).memberships[0].householdId).toBe(before.householdId);
});

it('refuses a room number that is not one, and keeps the member without a household when they give none', async () => {
  const bad = await api.err('hh-d', 'user', 'join', { ...address, room: '三楼左边' });
  expect(bad.code).toBe('INPUT.BAD_ROOM');
  expect((await api.ok('hh-d', 'user', 'me', {})).memberships).toEqual([]);
  const none = await api.ok('hh-d', 'user', 'join', address);
  expect(none).toMatchObject({ room: null, householdId: null });
});

it('seeds the demo community with households, some with more than one member', async () => {
  const [row] = await query<{ households: number; shared: number; without: number }>(
    t.db,
    sql`select (select count(*)::int from households where community_id = ${C}) as households,
      (select count(*)::int from (select household_id from members where community_id = ${C} and household_id is not null
        group by household_id having count(*) > 1) s) as shared,
      (select count(*)::int from members m join users u on u.id = m.user_id
        where m.community_id = ${C} and m.household_id is null and u.openid like 'demo-%') as without`,
  );
  expect(row.households).toBeGreaterThan(200);
  expect(row.shared).toBeGreaterThan(0);
  expect(row.without).toBe(0);
});
