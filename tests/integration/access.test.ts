/** Identity, roles and bad input through the real router: never a crash, always a code. */
import { query } from '../../server/db/query';
import { sql } from 'drizzle-orm';
import { seededApi } from './support/seeded';

const C = 'bijiqiao';

const { t, api } = seededApi({
  setup: async (db) => {
    // A second community with its own member, to prove membership does not leak across communities.
    await query<Record<string, unknown>>(db, sql`insert into communities (id, name, district, street) values ('other', '光华社区', '青羊区', '光华街道')`);
    await query<Record<string, unknown>>(db, sql`insert into estates (community_id, id, name) values ('other', 'o1', '光华苑')`);
    await api.ok('outsider', 'user', 'join', { communityId: 'other', estateId: 'o1', building: '1栋', unit: '1单元', acceptPrivacy: true });
  },
});

it('refuses a call without identity with 401 AUTH.REQUIRED', async () => {
  expect(await api.err(null, 'events', 'list', { communityId: C })).toMatchObject({ status: 401, code: 'AUTH.REQUIRED' });
});

it('lets anyone list communities without identity', async () => {
  const res = await api.raw('community', { action: 'list', data: {} }, null);
  expect(res.reply).toMatchObject({ ok: true, data: expect.arrayContaining([expect.objectContaining({ name: '碧鸡桥社区' })]) });
});

it.each([
  [{ communityId: C, openid: 'demo-staff' }],
  [{ communityId: C, role: 'staff' }],
  [{ communityId: C, userId: 'x' }],
])('refuses an identity field in the body (%j) with 403', async (data) => {
  const res = await api.err('demo-resident', 'events', 'staffList', data);
  expect(res).toMatchObject({ status: 403, code: 'AUTH.IDENTITY_IN_BODY' });
});

it('refuses an identity field beside the envelope', async () => {
  const res = await api.raw('events', { action: 'staffList', data: { communityId: C }, openid: 'demo-staff' }, 'demo-resident');
  expect(res.status).toBe(403);
});

it('refuses a resident calling a staff action with 403 AUTH.FORBIDDEN, and lets staff in', async () => {
  expect(await api.err('demo-resident', 'events', 'staffList', { communityId: C })).toMatchObject({
    status: 403,
    code: 'AUTH.FORBIDDEN',
  });
  const rows = await api.ok('demo-staff', 'events', 'staffList', { communityId: C });
  expect(rows.map((r) => r.title)).toContain('重阳敬老宴');
});

it('refuses a member of another community', async () => {
  expect(await api.err('outsider', 'community', 'home', { communityId: C })).toMatchObject({
    status: 403,
    code: 'COMMUNITY.NOT_MEMBER',
  });
  expect(await api.err('outsider', 'community', 'home', { communityId: 'nowhere' })).toMatchObject({
    status: 404,
    code: 'COMMUNITY.NOT_FOUND',
  });
});

it('answers unknown functions and actions with 404 codes', async () => {
  expect((await api.err('demo-resident', 'nope', 'list', {})).code).toBe('INPUT.UNKNOWN_FUNCTION');
  expect((await api.err('demo-resident', 'events', 'dropTables', {})).code).toBe('INPUT.UNKNOWN_ACTION');
  expect((await api.err('demo-resident', 'events', 'constructor', {})).code).toBe('INPUT.UNKNOWN_ACTION');
});

it.each([
  ['a missing field', { communityId: C }],
  ['a wrong type', { communityId: C, eventId: 'chongyang-banquet', partySize: '2' }],
  ['a negative number', { communityId: C, eventId: 'chongyang-banquet', partySize: -1 }],
  ['a huge number', { communityId: C, eventId: 'chongyang-banquet', partySize: 1e12 }],
  ['an extra field', { communityId: C, eventId: 'chongyang-banquet', partySize: 1, seatNo: 1 }],
  ['SQL in an id', { communityId: C, eventId: "x'; drop table events; --", partySize: 1 }],
])('refuses %s with 400 INPUT.INVALID and writes nothing', async (_label, data) => {
  const before = await query<Record<string, unknown>>(t.db, sql`select count(*)::int as n from registrations`);
  const res = await api.err('demo-elder', 'events', 'signup', data, 'bad-input-key-1');
  expect(res).toMatchObject({ status: 400, code: 'INPUT.INVALID' });
  expect(res.message).toMatch(/[\u4e00-\u9fa5]/);
  const after = await query<Record<string, unknown>>(t.db, sql`select count(*)::int as n from registrations`);
  expect(after).toEqual(before);
});

it('refuses a malformed envelope', async () => {
  expect((await api.raw('events', 'not an object', 'demo-resident')).status).toBe(400);
  expect((await api.raw('events', { data: {} }, 'demo-resident')).status).toBe(400);
  expect((await api.raw('events', { action: 'list', data: { communityId: C }, requestKey: 'short' }, 'demo-resident')).status).toBe(400);
});
