/**
 * 协商议事 and 评选 through the real router, on PGlite and (DATABASE_URL set) PostgreSQL: one ballot per household
 * under a race, online and paper never both, no tally before close, the result computed once, the quorum rule,
 * changing a vote, one per resident for 评选, scope and roles.
 */
import { sql } from 'drizzle-orm';
import type { TopicDetail } from '@linli/types';
import { query } from '../../server/db/query';
import { estates, gridBuildings, gridWorkers, users } from '../../server/db/schema';
import { runTimer } from '../../server/domain/notify/timer';
import { addEvent } from './support/fixtures';
import { seededApi } from './support/seeded';
import { onPostgres } from './support/test-db';

const C = 'bijiqiao';
const E = 'yiyuan'; // an estate of its own, so every household in scope is one this file made
const STAFF = 'demo-staff';
const GRID = 'demo-grid';

const { t, api, userId } = seededApi({
  poolSize: 10,
  setup: async (db) => {
    await db.insert(estates).values({ communityId: C, id: E, name: '议苑', buildings: ['1栋', '2栋', '3栋', '4栋', '5栋'] });
    // demo-grid looks after 2栋 of this estate too.
    const [g] = await db.select({ gridId: gridWorkers.gridId }).from(gridWorkers).innerJoin(users, sql`${users.id} = ${gridWorkers.userId}`).where(sql`${users.openid} = ${GRID}`);
    await db.insert(gridBuildings).values({ communityId: C, gridId: g.gridId, estateId: E, building: '2栋' });
  },
});

async function pool<T>(items: T[], inFlight: number, work: (item: T) => Promise<void>) {
  let next = 0;
  await Promise.all(Array.from({ length: inFlight }, async () => { while (next < items.length) await work(items[next++]); }));
}

const join = (openid: string, building: string, room?: string) =>
  api.ok(openid, 'user', 'join', { communityId: C, estateId: E, building, unit: '1单元', ...(room ? { room } : {}), acceptPrivacy: true });

const hour = 3600_000;
async function createTopic(over: Partial<Parameters<typeof api.ok<'deliberation', 'create'>>[3]> = {}): Promise<TopicDetail> {
  return api.ok(STAFF, 'deliberation', 'create', {
    communityId: C,
    kind: 'deliberation',
    title: '垃圾房门的颜色',
    background: '垃圾房重建，门刷什么颜色请大家定。',
    source: 'staff',
    scope: [{ estateId: E, buildings: ['1栋'] }],
    options: [{ label: '墨绿' }, { label: '米白' }, { label: '砖红' }],
    opensAt: new Date(Date.now() - hour).toISOString(),
    closesAt: new Date(Date.now() + 24 * hour).toISOString(),
    quorumPct: 50,
    passPct: 50,
    ...over,
  });
}
const vote = (openid: string, topic: TopicDetail, option: number, key?: string) =>
  api.raw('deliberation', { action: 'vote', data: { communityId: C, topicId: topic.id, optionId: topic.options[option].id }, requestKey: key ?? `v-${openid}-${topic.id}-${option}` }, openid);
const detail = (openid: string, topic: TopicDetail) => api.ok(openid, 'deliberation', 'detail', { communityId: C, topicId: topic.id });

it(`counts exactly one ballot per household when 200 members of 50 households vote at once (${onPostgres ? 'PostgreSQL' : 'PGlite'})`, async () => {
  const people: { openid: string; room: string }[] = [];
  for (let h = 0; h < 50; h++) for (let m = 0; m < 4; m++) people.push({ openid: `race-${h}-${m}`, room: String(101 + h) });
  await pool(people, 10, async (p) => void (await join(p.openid, '1栋', p.room)));
  const topic = await createTopic();
  expect(topic.turnout).toEqual({ ballots: 0, eligible: 50 });

  const codes = new Map<string, number>();
  const shuffled = [...people].sort(() => Math.random() - 0.5);
  await pool(shuffled, 50, async (p) => {
    const res = await vote(p.openid, topic, Number(p.room) % 3);
    const code = res.reply.ok ? 'ok' : res.reply.error.code;
    codes.set(code, (codes.get(code) ?? 0) + 1);
  });
  expect(Object.fromEntries(codes)).toEqual({ ok: 50, 'DELIBERATION.HOUSEHOLD_VOTED': 150 });
  const [n] = await query<{ ballots: number; households: number }>(
    t.db,
    sql`select count(*)::int as ballots, count(distinct household_id)::int as households from ballots where topic_id = ${topic.id}`,
  );
  expect(n).toEqual({ ballots: 50, households: 50 });
  // Every member sees their household's one ballot.
  const seen = await detail('race-7-3', topic);
  expect(seen.myBallot).toMatchObject({ optionLabel: topic.options[108 % 3].label, channel: 'online' });
  expect(seen.turnout).toEqual({ ballots: 50, eligible: 50 });

  const closed = await api.ok(STAFF, 'deliberation', 'close', { communityId: C, topicId: topic.id });
  expect(closed.result).toMatchObject({ ballots: 50, eligible: 50, quorumMet: true });
  expect(closed.result!.counts.map((c) => c.votes).reduce((a, b) => a + b, 0)).toBe(50);
}, 240_000);

it('lets the member who voted change the vote until close, refuses another member of the household, shows them how the household voted', async () => {
  await join('chg-a', '1栋', '201');
  await join('chg-b', '1栋', '201');
  const topic = await createTopic();
  expect((await vote('chg-a', topic, 0)).reply.ok).toBe(true);
  const changed = await vote('chg-a', topic, 2);
  expect(changed.reply.ok && (changed.reply.data as TopicDetail).myBallot).toMatchObject({ optionId: topic.options[2].id, mine: true });
  const other = await api.err('chg-b', 'deliberation', 'vote', { communityId: C, topicId: topic.id, optionId: topic.options[1].id });
  expect(other.code).toBe('DELIBERATION.HOUSEHOLD_VOTED');
  const seen = await detail('chg-b', topic);
  expect(seen.myBallot).toMatchObject({ optionLabel: '砖红', mine: false, byName: expect.any(String) });
  expect(seen.canVote).toBe(false);
  expect(seen.cannotVoteReason).toContain('已经投过票');
  // A retry with the same request key answers the first reply and casts nothing new.
  const again = await vote('chg-a', topic, 0, `v-chg-a-${topic.id}-0`);
  expect(again.reply.ok).toBe(true);
  const [n] = await query<{ n: number }>(t.db, sql`select count(*)::int as n from ballots where topic_id = ${topic.id}`);
  expect(n.n).toBe(1);
  await api.ok(STAFF, 'deliberation', 'close', { communityId: C, topicId: topic.id });
  expect((await vote('chg-a', topic, 1, 'after-close')).reply).toMatchObject({ ok: false, error: { code: 'DELIBERATION.NOT_OPEN' } });
});

it('keeps online and paper ballots exclusive both ways and records who entered each paper ballot', async () => {
  await join('pp-a', '2栋', '301');
  await join('pp-b', '2栋', '302');
  await join('pp-far', '3栋', '301');
  const topic = await createTopic({ scope: [{ estateId: E, buildings: ['2栋', '3栋'] }] });
  const roster = await api.ok(GRID, 'deliberation', 'roster', { communityId: C, topicId: topic.id, query: '2栋 30' });
  const h301 = roster.find((h) => h.label.endsWith('301'))!;
  const h302 = roster.find((h) => h.label.endsWith('302'))!;
  expect(roster.every((h) => h.label.includes('2栋'))).toBe(true); // the grid worker's grid only

  // online first → paper refused
  expect((await vote('pp-a', topic, 0)).reply.ok).toBe(true);
  const paperAfter = await api.err(GRID, 'deliberation', 'enterPaper', { communityId: C, topicId: topic.id, householdId: h301.householdId, optionId: topic.options[1].id });
  expect(paperAfter.code).toBe('DELIBERATION.HOUSEHOLD_VOTED');
  // paper first → online refused, and the member sees the paper ballot
  await api.ok(GRID, 'deliberation', 'enterPaper', { communityId: C, topicId: topic.id, householdId: h302.householdId, optionId: topic.options[1].id });
  expect((await vote('pp-b', topic, 0)).reply).toMatchObject({ ok: false, error: { code: 'DELIBERATION.HOUSEHOLD_VOTED' } });
  const seen = await detail('pp-b', topic);
  expect(seen.myBallot).toMatchObject({ channel: 'paper', optionLabel: '米白', mine: false });
  expect(seen.myBallot!.byName).toContain('刘建华');
  // a second paper ballot for the same household is refused too
  const twice = await api.err(STAFF, 'deliberation', 'enterPaper', { communityId: C, topicId: topic.id, householdId: h302.householdId, optionId: topic.options[0].id });
  expect(twice.code).toBe('DELIBERATION.HOUSEHOLD_VOTED');
  const [row] = await query<{ entered_by: string; channel: string; voter_id: string | null }>(
    t.db,
    sql`select entered_by, channel, voter_id from ballots where topic_id = ${topic.id} and household_id = ${h302.householdId}`,
  );
  expect(row).toEqual({ entered_by: await userId(GRID), channel: 'paper', voter_id: null });
  // the grid worker cannot enter a ballot for a household outside their grid; staff can
  const far = (await api.ok(STAFF, 'deliberation', 'roster', { communityId: C, topicId: topic.id, query: '3栋' }))[0];
  expect((await api.err(GRID, 'deliberation', 'enterPaper', { communityId: C, topicId: topic.id, householdId: far.householdId, optionId: topic.options[0].id })).code).toBe('DELIBERATION.OUT_OF_SCOPE');
  await api.ok(STAFF, 'deliberation', 'enterPaper', { communityId: C, topicId: topic.id, householdId: far.householdId, optionId: topic.options[0].id });
  const after = await api.ok(STAFF, 'deliberation', 'roster', { communityId: C, topicId: topic.id });
  expect(after.filter((h) => h.voted).map((h) => h.channel).sort()).toEqual(['online', 'paper', 'paper']);
});

it('returns no per-option counts from any action before close, and the same stored result however often it is closed', async () => {
  await join('once-a', '4栋', '101');
  await join('once-b', '4栋', '102');
  await join('once-c', '4栋', '103');
  const topic = await createTopic({ scope: [{ estateId: E, buildings: ['4栋'] }] });
  await vote('once-a', topic, 0);
  await vote('once-b', topic, 0);
  await vote('once-c', topic, 1);
  const reads = [
    await detail('once-a', topic),
    await detail(STAFF, topic),
    await api.ok('once-a', 'deliberation', 'list', { communityId: C }),
    await api.ok(STAFF, 'deliberation', 'roster', { communityId: C, topicId: topic.id }),
    await api.ok(STAFF, 'deliberation', 'households', { communityId: C, query: '议苑 4栋' }),
  ];
  for (const r of reads) {
    const text = JSON.stringify(r);
    expect(text).not.toMatch(/"votes"|"counts"/);
  }
  const first = reads[0] as TopicDetail;
  expect(first.result).toBeNull();
  expect(first.turnout).toEqual({ ballots: 3, eligible: 3 });

  const closes = await Promise.all(
    Array.from({ length: 5 }, () => api.ok(STAFF, 'deliberation', 'close', { communityId: C, topicId: topic.id })),
  );
  const again = await api.ok('demo-admin', 'deliberation', 'close', { communityId: C, topicId: topic.id });
  for (const c of [...closes, again]) expect(c.result).toEqual(closes[0].result);
  expect(closes[0].result).toMatchObject({ ballots: 3, eligible: 3, leadingOptionId: topic.options[0].id, passed: true });
  expect(closes[0].result!.counts.map((c) => c.votes)).toEqual([2, 1, 0]);
  const audits = await query<{ n: number }>(t.db, sql`select count(*)::int as n from audit_log where action = 'deliberation.close' and target_id = ${topic.id}`);
  expect(audits[0].n).toBe(1);
});

it('passes only when the quorum of eligible households took part and the leading option has its share', async () => {
  for (let i = 1; i <= 10; i++) await join(`q-${i}`, '5栋', String(500 + i));
  const rule = { scope: [{ estateId: E, buildings: ['5栋'] }], quorumPct: 60, passPct: 60 };
  const enough = await createTopic(rule);
  const few = await createTopic(rule);
  // 6 of 10 households: quorum met; 4 of 6 (67%) for 墨绿 ≥ 60%
  for (let i = 1; i <= 6; i++) await vote(`q-${i}`, enough, i <= 4 ? 0 : 1);
  // 5 of 10: quorum missed, even though all 5 agree
  for (let i = 1; i <= 5; i++) await vote(`q-${i}`, few, 0);
  const a = (await api.ok(STAFF, 'deliberation', 'close', { communityId: C, topicId: enough.id })).result!;
  const b = (await api.ok(STAFF, 'deliberation', 'close', { communityId: C, topicId: few.id })).result!;
  expect(a).toMatchObject({ ballots: 6, eligible: 10, quorumMet: true, passed: true });
  expect(b).toMatchObject({ ballots: 5, eligible: 10, quorumMet: false, passed: false, leadingOptionId: few.options[0].id });
  // 3 : 3 is a tie: quorum met, nothing passes
  const tie = await createTopic(rule);
  for (let i = 1; i <= 6; i++) await vote(`q-${i}`, tie, i % 2);
  const c = (await api.ok(STAFF, 'deliberation', 'close', { communityId: C, topicId: tie.id })).result!;
  expect(c).toMatchObject({ quorumMet: true, leadingOptionId: null, passed: false });
});

it('takes one 评选 ballot per resident: two members of one household each vote once', async () => {
  await join('el-a', '1栋', '999');
  await join('el-b', '1栋', '999');
  const topic = await createTopic({ kind: 'election', title: '最美网格员', options: [{ label: '刘建华' }, { label: '孙丽' }] });
  expect((await vote('el-a', topic, 0)).reply.ok).toBe(true);
  expect((await vote('el-b', topic, 1)).reply.ok).toBe(true);
  expect((await vote('el-a', topic, 1, 'el-a-change')).reply.ok).toBe(true); // a change, not a second ballot
  const [n] = await query<{ n: number }>(t.db, sql`select count(*)::int as n from ballots where topic_id = ${topic.id}`);
  expect(n.n).toBe(2);
  const paper = await api.err(STAFF, 'deliberation', 'roster', { communityId: C, topicId: topic.id });
  expect(paper.code).toBe('DELIBERATION.PAPER_HOUSEHOLDS_ONLY');
});

it('lets only residents in scope with a household vote', async () => {
  const topic = await createTopic();
  expect((await api.err('demo-resident', 'deliberation', 'vote', { communityId: C, topicId: topic.id, optionId: topic.options[0].id })).code).toBe('DELIBERATION.OUT_OF_SCOPE');
  expect((await detail('demo-resident', topic)).cannotVoteReason).toContain('指定');
  await join('no-room', '1栋');
  expect((await api.err('no-room', 'deliberation', 'vote', { communityId: C, topicId: topic.id, optionId: topic.options[0].id })).code).toBe('DELIBERATION.NO_HOUSEHOLD');
  expect((await api.err('demo-elder', 'deliberation', 'vote', { communityId: C, topicId: topic.id, optionId: 'nope' })).code).toBe('DELIBERATION.OPTION_NOT_FOUND');
  const later = await createTopic({ opensAt: new Date(Date.now() + hour).toISOString() });
  await join('early', '1栋', '777');
  expect((await api.err('early', 'deliberation', 'vote', { communityId: C, topicId: later.id, optionId: later.options[0].id })).code).toBe('DELIBERATION.NOT_OPEN');
});

it('checks roles: residents cannot create, close, enter paper ballots or read rosters; grid workers cannot create or close', async () => {
  const topic = await createTopic();
  const ref = { communityId: C, topicId: topic.id };
  for (const [who, action, data] of [
    ['demo-elder', 'create', { ...ref }],
    ['demo-elder', 'close', ref],
    ['demo-elder', 'roster', ref],
    ['demo-elder', 'enterPaper', { ...ref, householdId: 'x', optionId: topic.options[0].id }],
    ['demo-elder', 'households', { communityId: C }],
    [GRID, 'close', ref],
    [GRID, 'resolve', { ...ref, words: '决议' }],
    [GRID, 'setAddress', { communityId: C, residentId: 'x', estateId: E, building: '1栋', room: '1' }],
  ] as const) {
    const e = await api.err(who, 'deliberation', action, action === 'create' ? { communityId: C } : data);
    expect([403, 400]).toContain(e.status);
    if (action !== 'create') expect(e.code).toBe('AUTH.FORBIDDEN');
  }
});

it('closes a topic whose window has passed on the next read or timer run, and records the resolution with its expense', async () => {
  const window = { opensAt: new Date(Date.now() - 3 * hour).toISOString(), closesAt: new Date(Date.now() - hour).toISOString() };
  const past = await createTopic(window);
  const read = await detail('demo-elder', past); // a read finds it due and closes it
  expect(read.status).toBe('closed');
  expect(read.result).toMatchObject({ ballots: 0, passed: false });
  const timer = await createTopic(window);
  const ran = await runTimer(t.database.db, { send: async () => ({ ok: true }) } as never, new Date());
  expect(ran.topicsClosed).toBe(1);
  const [stored] = await query<{ status: string }>(t.db, sql`select status from topics where id = ${timer.id}`);
  expect(stored.status).toBe('closed'); // closed by the timer, not by a read

  const open = await createTopic();
  expect((await api.err(STAFF, 'deliberation', 'resolve', { communityId: C, topicId: open.id, words: '太早' })).code).toBe('DELIBERATION.NOT_CLOSED');
  const [expense] = await query<{ id: string }>(t.db, sql`select id from expenses where community_id = ${C} limit 1`);
  await api.ok(STAFF, 'deliberation', 'resolve', { communityId: C, topicId: past.id, words: '议事会决议：门刷墨绿色。' });
  const linked = await api.ok(STAFF, 'deliberation', 'link', { communityId: C, topicId: past.id, kind: 'expense', targetId: expense.id });
  expect(linked.resolution).toMatchObject({ words: '议事会决议：门刷墨绿色。', byName: '王芳' });
  expect(linked.links).toEqual([expect.objectContaining({ kind: 'expense', id: expense.id })]);
  expect((await api.err(STAFF, 'deliberation', 'link', { communityId: C, topicId: past.id, kind: 'event', targetId: 'nope' })).code).toBe('DELIBERATION.LINK_TARGET_NOT_FOUND');
});

it('lets staff correct a member’s address, moving them to the household of the new room, audited', async () => {
  const m = await join('addr', '1栋', '808');
  const fixed = await api.ok(STAFF, 'deliberation', 'setAddress', { communityId: C, residentId: await userId('addr'), estateId: E, building: '2栋', unit: '1单元', room: '８０９室' });
  expect(fixed.label).toBe('议苑 2栋 1单元 809');
  expect(fixed.members.map((x) => x.userId)).toEqual([await userId('addr')]);
  const me = (await api.ok('addr', 'user', 'me', {})).memberships[0];
  expect(me).toMatchObject({ building: '2栋', room: '809', householdId: fixed.householdId });
  expect(me.householdId).not.toBe(m.householdId);
  const [a] = await query<{ n: number }>(t.db, sql`select count(*)::int as n from audit_log where action = 'households.setAddress'`);
  expect(a.n).toBe(1);
  // the grid worker's household list shows it (2栋 is in their grid)
  const mine = await api.ok(GRID, 'deliberation', 'households', { communityId: C, query: '议苑 809' });
  expect(mine.map((h) => h.label)).toEqual(['议苑 2栋 1单元 809']);
});

it('seeds the door-colour 议题 open (turnout only), the floor 议题 closed with its 决议 and expense, and a 评选', async () => {
  const list = await api.ok('demo-elder', 'deliberation', 'list', { communityId: C });
  const door = list.find((x) => x.title === '垃圾房的门刷什么颜色？')!;
  expect(door).toMatchObject({ status: 'open', canVote: true, voted: false, passed: null });
  expect(door.turnout.ballots).toBeGreaterThan(0);
  const floor = await api.ok('demo-elder', 'deliberation', 'detail', { communityId: C, topicId: list.find((x) => x.title.includes('地面'))!.id });
  expect(floor.result).toMatchObject({ passed: true, quorumMet: true });
  expect(floor.resolution?.words).toContain('透水砖');
  expect(floor.links).toEqual([expect.objectContaining({ kind: 'expense', title: '1号门垃圾房地面铺透水砖（议事决议）' })]);
  expect(list.some((x) => x.kind === 'election' && x.status === 'open')).toBe(true);
  const [paper] = await query<{ n: number }>(t.db, sql`select count(*)::int as n from ballots where topic_id = ${door.id} and channel = 'paper'`);
  expect(paper.n).toBeGreaterThan(0);
});

it('puts an elder signed up offline by the grid worker into a household when the room is given, so a paper ballot can be entered', async () => {
  const EVENT = await addEvent(t.db, C, 'delib-proxy', { capacity: 10 });
  await api.ok(GRID, 'events', 'proxySignup', {
    communityId: C, eventId: EVENT, name: '何淑芬', estateId: E, building: '2栋', unit: '1单元', room: '６０１室', birthYear: 1940, partySize: 1,
  });
  const topic = await createTopic({ scope: [{ estateId: E, buildings: ['2栋'] }] });
  const [home] = await api.ok(GRID, 'deliberation', 'roster', { communityId: C, topicId: topic.id, query: '2栋 601' });
  expect(home).toMatchObject({ label: '议苑 2栋 1单元 601', members: ['何淑芬'], voted: false });
  await api.ok(GRID, 'deliberation', 'enterPaper', { communityId: C, topicId: topic.id, householdId: home.householdId, optionId: topic.options[0].id });
  expect((await api.ok(GRID, 'deliberation', 'roster', { communityId: C, topicId: topic.id, query: '2栋 601' }))[0]).toMatchObject({ voted: true, channel: 'paper' });
});
