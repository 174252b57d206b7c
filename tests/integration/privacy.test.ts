/** PIPL: a resident sees and deletes their own data; admins read the audit trail. */
import { sql } from 'drizzle-orm';
import { query } from '../../server/db/query';
import { addEvent, addResidents } from './support/fixtures';
import { seededApi } from './support/seeded';

const C = 'bijiqiao';

const { t, api } = seededApi();

it('shows a resident everything held about them, phone included', async () => {
  await api.ok('demo-elder', 'events', 'signup', {
    communityId: C,
    eventId: 'chongyang-banquet',
    partySize: 1,
  });
  const mine = await api.ok('demo-elder', 'user', 'myData', {});
  expect(mine.profile).toMatchObject({ name: '张秀英', phone: '13800000001', birthYear: 1950 });
  expect(mine.memberships[0].communityName).toBe('碧鸡桥社区');
  expect(mine.registrations.map((r) => r.eventTitle)).toContain('重阳敬老宴');
});

it('deletes a resident: upcoming seats go to the waiting list, the profile is anonymized, the ledger stays', async () => {
  const EVENT = await addEvent(t.db, C, 'pipl-1', { capacity: 1 });
  const [leaver, waiting] = await addResidents(t.db, C, 'pipl', 2);
  await api.ok(leaver, 'events', 'signup', { communityId: C, eventId: EVENT, partySize: 1 });
  expect(
    (await api.ok(waiting, 'events', 'signup', { communityId: C, eventId: EVENT, partySize: 1 })).status,
  ).toBe('waitlisted');
  const [{ id }] = await query<{ id: string }>(t.db, sql`select id from users where openid = ${leaver}`);
  await api.ok('demo-staff', 'points', 'award', {
    communityId: C,
    residentId: id,
    amount: 10,
    reason: '测试',
  });

  expect((await api.err(leaver, 'user', 'deleteMe', { confirm: '删除' })).code).toBe('INPUT.INVALID');
  // The leaver helps a relative and has a code out: both go with them.
  const { code } = await api.ok('demo-elder', 'family', 'createCode', { communityId: C });
  await api.ok(leaver, 'family', 'link', { communityId: C, code });
  await api.ok(leaver, 'family', 'createCode', { communityId: C });
  const result = await api.ok(leaver, 'user', 'deleteMe', { confirm: '删除我的数据' });
  expect(result).toMatchObject({ deleted: true, cancelledRegistrations: 1 });
  expect(result.keptLedgerEntries).toBeGreaterThanOrEqual(1);

  const [gone] = await query<{ openid: string; name: string | null; phone: string | null; nickname: string }>(
    t.db,
    sql`select openid, name, phone, nickname from users where id = ${id}`,
  );
  expect(gone).toMatchObject({ name: null, phone: null, nickname: '已注销用户' });
  expect(gone.openid.startsWith('deleted:')).toBe(true);
  const promoted = await api.ok(waiting, 'events', 'mine', { communityId: C });
  expect(promoted.find((r) => r.eventId === EVENT)).toMatchObject({ status: 'confirmed', seatNo: 1 });
  const family = await query<{ n: number }>(
    t.db,
    sql`select (select count(*) from family_links where elder_id = ${id} or helper_id = ${id})
      + (select count(*) from family_codes where elder_id = ${id}) as n`,
  );
  expect(Number(family[0].n)).toBe(0);
  expect((await api.ok('demo-elder', 'family', 'overview', { communityId: C })).helpers).toEqual([]);
  // The same WeChat account coming back is a new, empty person.
  expect((await api.ok(leaver, 'user', 'me', {})).memberships).toEqual([]);
});

it('lets admins read the audit trail of staff and committee actions', async () => {
  const trail = await api.ok('demo-admin', 'audit', 'list', { communityId: C });
  expect(trail[0]).toMatchObject({ action: 'points.award', actorName: '王芳', targetType: 'resident' });
  expect(trail[0].before).toEqual({ balance: 0 });
  expect((await api.err('demo-staff', 'audit', 'list', { communityId: C })).code).toBe('AUTH.FORBIDDEN');
});
