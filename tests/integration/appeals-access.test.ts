/**
 * Who sees which appeal, for every role; two grid workers accepting the same appeal at once (exactly one
 * wins — a real race on PostgreSQL); and the monthly public report's figures on a known data set.
 */
import { sql } from 'drizzle-orm';
import { query } from '../../server/db/query';
import { seedDemo } from '../../server/seed/seed';
import { caller } from './support/call';
import { createTestDb, onPostgres, type TestDb } from './support/test-db';

const C = 'bijiqiao';
const HOUR = 3600_000;

let t: TestDb;
let api: ReturnType<typeof caller>;
let clock = new Date();

beforeAll(async () => {
  t = await createTestDb({ poolSize: 10 });
  await seedDemo(t.db);
  api = caller(t.db, () => clock);
}, 120_000); // the server project's 60 s testTimeout is not applied under the root's `projects` config
afterAll(() => t.drop());

const userId = async (openid: string) =>
  (await query<{ id: string }>(t.db, sql`select id from users where openid = ${openid}`))[0].id;
const ref = (communityId: string, appealId: string) => ({ communityId, appealId });

describe('who sees what', () => {
  it('the submitter, the grid’s worker, the responsible person and staff see it; nobody else does', async () => {
    clock = new Date();
    const a = await api.ok('demo-elder', 'appeals', 'submit', { communityId: C, categoryId: 'safety', words: '楼道里有人给电瓶车充电', namePublic: false });
    await api.ok('demo-grid', 'appeals', 'accept', ref(C, a.id));
    const otherGridWorker = 'grid-05';
    await api.ok('demo-staff', 'appeals', 'assign', { ...ref(C, a.id), responsibleId: await userId(otherGridWorker), reason: '他懂消防' });

    const sees: Record<string, boolean> = {};
    for (const who of ['demo-elder', 'demo-grid', otherGridWorker, 'grid-01', 'demo-staff', 'demo-admin', 'demo-resident', 'demo-volunteer', 'demo-committee', 'demo-merchant']) {
      const res = await api.raw('appeals', { action: 'detail', data: ref(C, a.id) }, who);
      sees[who] = res.reply.ok;
      if (!res.reply.ok) expect(res.reply.error.code).toBe('APPEALS.NOT_FOUND');
    }
    expect(sees).toEqual({
      'demo-elder': true,
      'demo-grid': true,
      [otherGridWorker]: true,
      'grid-01': false,
      'demo-staff': true,
      'demo-admin': true,
      'demo-resident': false,
      'demo-volunteer': false,
      'demo-committee': false,
      'demo-merchant': false,
    });
    // An outsider (another community's member) is not even let in.
    expect((await api.err('mx-nobody', 'appeals', 'detail', ref(C, a.id))).code).toBe('COMMUNITY.NOT_MEMBER');

    // Lists follow the same rule.
    const listed = async (who: string, scope?: 'grid' | 'responsible' | 'all') =>
      (await api.ok(who, 'appeals', 'listForMe', { communityId: C, scope, query: '电瓶车充电' })).items.some((x) => x.id === a.id);
    expect(await listed('demo-grid', 'grid')).toBe(true);
    expect(await listed(otherGridWorker, 'responsible')).toBe(true);
    expect(await listed(otherGridWorker, 'grid')).toBe(false);
    expect(await listed('grid-01')).toBe(false);
    expect(await listed('grid-01', 'all')).toBe(false);
    expect(await listed('demo-staff')).toBe(true);
    for (const who of ['demo-resident', 'demo-volunteer', 'demo-committee', 'demo-merchant'])
      expect((await api.err(who, 'appeals', 'listForMe', { communityId: C })).code).toBe('AUTH.FORBIDDEN');
    expect((await api.ok('demo-elder', 'appeals', 'mine', { communityId: C })).map((x) => x.id)).toContain(a.id);
    expect((await api.ok('demo-resident', 'appeals', 'mine', { communityId: C })).map((x) => x.id)).not.toContain(a.id);

    // Phones: whole to those who call back, masked to the submitter, and never in the public report.
    expect((await api.ok('demo-grid', 'appeals', 'detail', ref(C, a.id))).submitterPhone).toBe('13800000001');
    expect((await api.ok('demo-elder', 'appeals', 'detail', ref(C, a.id))).submitterPhone).toBe('138****0001');
    await api.ok(otherGridWorker, 'appeals', 'close', { ...ref(C, a.id), ending: 'resolved', words: '已劝离并装了充电桩' });
    const month = new Date(clock.getTime() + 8 * HOUR).toISOString().slice(0, 7);
    const report = await api.ok('demo-resident', 'appeals', 'report', { communityId: C, month });
    const row = report.closedList.find((x) => x.id === a.id)!;
    expect(row).toMatchObject({ submitterName: '张*英', ending: 'resolved', categoryName: '安全隐患' });
    // Ids are random hex and may hold eleven digits in a row: look for phones in everything else.
    const text = JSON.stringify(report).replace(/"id":"[^"]*"/g, '');
    expect(text).not.toMatch(/(?<!\d)1[3-9]\d{9}(?!\d)/);
    expect(text).not.toContain('张秀英');
  });
});

it(`two grid workers accepting the same appeal at once: exactly one wins (${onPostgres ? 'PostgreSQL' : 'PGlite'})`, async () => {
  clock = new Date();
  const overview = await api.ok('demo-staff', 'grids', 'list', { communityId: C });
  const first = overview.grids.find((g) => g.name === '第一网格')!;
  await api.ok('demo-staff', 'grids', 'update', {
    communityId: C,
    gridId: first.id,
    name: first.name,
    buildings: first.buildings.map((b) => ({ estateId: b.estateId, building: b.building })),
    workerIds: [...first.workers.map((w) => w.userId), await userId('grid-01')],
  });
  const ids: string[] = [];
  for (let i = 0; i < 20; i++) {
    ids.push((await api.ok('demo-elder', 'appeals', 'submit', { communityId: C, categoryId: 'other', words: `抢单测试 ${i}`, namePublic: false })).id);
  }
  const results = await Promise.all(
    ids.flatMap((id) =>
      ['demo-grid', 'grid-01'].map(async (who) => {
        const res = await api.raw('appeals', { action: 'accept', data: ref(C, id), requestKey: `race-${who}-${id}` }, who);
        return { id, who, code: res.reply.ok ? 'ok' : res.reply.error.code };
      }),
    ),
  );
  for (const id of ids) {
    const codes = results.filter((r) => r.id === id).map((r) => r.code).sort();
    expect({ id, codes }).toEqual({ id, codes: ['APPEALS.ALREADY_ACCEPTED', 'ok'] });
  }
  const entries = await query<{ appeal_id: string; n: number }>(
    t.db,
    sql`select appeal_id, count(*)::int as n from appeal_entries where kind = 'accepted'
      and appeal_id in (${sql.join(ids.map((i) => sql`${i}`), sql`, `)}) group by appeal_id`,
  );
  expect(entries).toHaveLength(20);
  expect(entries.every((e) => e.n === 1)).toBe(true);
  // The responsible person is the winner, in every case.
  const owners = await query<{ id: string; openid: string }>(
    t.db,
    sql`select a.id, u.openid from appeals a join users u on u.id = a.responsible_id where a.id in (${sql.join(ids.map((i) => sql`${i}`), sql`, `)})`,
  );
  for (const o of owners) expect(results.find((r) => r.id === o.id && r.code === 'ok')!.who).toBe(o.openid);
});

describe('the monthly report on a known data set', () => {
  const Q = 'testqu';
  /** China time, 2026. */
  const at = (month: number, day: number, hour = 9) => new Date(Date.UTC(2026, month - 1, day, hour) - 8 * HOUR);

  beforeAll(async () => {
    await query(t.db, sql`insert into communities (id, name, district, street) values (${Q}, '测试社区', '青羊区', '测试街道')`);
    await query(t.db, sql`insert into estates (community_id, id, name, buildings) values (${Q}, 'e1', '一号院', '["1栋","2栋"]'::jsonb)`);
    const people: [string, string, string, string | null][] = [
      ['q-staff', '周主任', '1栋', 'staff'],
      ['q-worker-a', '吴网格', '1栋', 'grid_worker'],
      ['q-worker-b', '郑网格', '2栋', 'grid_worker'],
      ['q-wang', '王大爷', '1栋', null],
      ['q-li', '李秀兰', '2栋', null],
    ];
    for (const [openid, name, building, role] of people) {
      const [u] = await query<{ id: string }>(t.db, sql`insert into users (openid, nickname, name, phone) values (${openid}, ${name}, ${name}, '13912345678') returning id`);
      await query(t.db, sql`insert into members (community_id, user_id, estate_id, building, unit) values (${Q}, ${u.id}, 'e1', ${building}, '1单元')`);
      if (role) await query(t.db, sql`insert into member_roles (community_id, user_id, role) values (${Q}, ${u.id}, ${role})`);
    }
    clock = at(8, 1);
    await api.ok('q-staff', 'appeals', 'categories', { communityId: Q });
    await api.ok('q-staff', 'grids', 'create', { communityId: Q, name: '甲网格', buildings: [{ estateId: 'e1', building: '1栋' }], workerIds: [await userId('q-worker-a')] });
    await api.ok('q-staff', 'grids', 'create', { communityId: Q, name: '乙网格', buildings: [{ estateId: 'e1', building: '2栋' }], workerIds: [await userId('q-worker-b')] });
  });

  /** One appeal's life at given times: submitted, accepted, closed (ending), rated. */
  async function life(who: 'q-wang' | 'q-li', category: string, steps: { submit: Date; accept?: Date; close?: [Date, 'resolved' | 'explained' | 'refused']; stars?: number }) {
    const worker = who === 'q-wang' ? 'q-worker-a' : 'q-worker-b';
    clock = steps.submit;
    const a = await api.ok(who, 'appeals', 'submit', { communityId: Q, categoryId: category, words: `${category} 的事`, namePublic: who === 'q-wang' });
    if (steps.accept) {
      clock = steps.accept;
      await api.ok(worker, 'appeals', 'accept', ref(Q, a.id));
    }
    if (steps.close) {
      clock = steps.close[0];
      await api.ok(worker, 'appeals', 'close', { ...ref(Q, a.id), ending: steps.close[1], words: '办结说明' });
      if (steps.stars) {
        clock = new Date(clock.getTime() + HOUR);
        await api.ok(who, 'appeals', 'rate', { ...ref(Q, a.id), stars: steps.stars });
      }
    }
    return a.id;
  }

  it('counts collected, the three endings, open and overdue at month end, rate, median, rating, by category and grid, and six months of trend', async () => {
    await life('q-wang', 'infrastructure', { submit: at(9, 1), accept: at(9, 1, 10), close: [at(9, 3), 'resolved'], stars: 5 }); // 2 days
    await life('q-li', 'sanitation', { submit: at(9, 2), accept: at(9, 2, 10), close: [at(9, 6), 'explained'], stars: 3 }); // 4 days
    await life('q-li', 'sanitation', { submit: at(9, 3), accept: at(9, 3, 10), close: [at(9, 4), 'refused'] }); // 1 day
    await life('q-wang', 'infrastructure', { submit: at(9, 4) }); // never accepted: overdue (accept by Mon 9/7)
    await life('q-li', 'infrastructure', { submit: at(9, 20), accept: at(9, 20, 10) }); // finish by 9/27: overdue at month end
    await life('q-wang', 'infrastructure', { submit: at(9, 28), accept: at(9, 28, 10) }); // finish by 10/5: open, on time
    await life('q-wang', 'sanitation', { submit: at(9, 29), accept: at(9, 29, 10), close: [at(10, 2), 'resolved'] }); // open at month end
    await life('q-li', 'infrastructure', { submit: at(8, 20), accept: at(8, 20, 10), close: [at(9, 2), 'resolved'] }); // 13 days, collected in August

    clock = at(10, 10);
    const r = await api.ok('q-wang', 'appeals', 'report', { communityId: Q, month: '2026-09' });
    expect(r).toMatchObject({ communityName: '测试社区', month: '2026-09', collected: 7, solved: 2, explained: 1, refused: 1, open: 4, overdue: 2 });
    expect(r.solvedRate).toBe(0.5);
    expect(r.medianDaysToClose).toBe(3);
    expect(r.averageRating).toBe(4);
    expect(r.ratedCount).toBe(2);
    expect(r.byCategory.map((x) => [x.name, x.collected, x.solved, x.explained, x.refused, x.open, x.overdue])).toEqual([
      ['基础设施', 4, 2, 0, 0, 3, 2],
      ['环境卫生', 3, 0, 1, 1, 1, 0],
    ]);
    expect(r.byGrid.map((x) => [x.name, x.collected, x.solved, x.open, x.overdue])).toEqual([
      ['乙网格', 3, 1, 1, 1],
      ['甲网格', 4, 1, 3, 1],
    ]);
    expect(r.byChannel.find((c) => c.channel === 'online')!.collected).toBe(7);
    expect(r.trend.map((m) => m.month)).toEqual(['2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09']);
    expect(r.trend[4]).toMatchObject({ collected: 1, solved: 0, open: 1, overdue: 1 });
    expect(r.trend[5]).toMatchObject({ collected: 7, solved: 2, open: 4, overdue: 2 });
    expect(r.closedList.map((x) => [x.submitterName, x.ending])).toEqual([
      ['李*兰', 'explained'],
      ['李*兰', 'refused'],
      ['王大爷', 'resolved'],
      ['李*兰', 'resolved'],
    ]);
    expect(JSON.stringify(r)).not.toContain('13912345678');

    // October so far: the running month counts up to now.
    const oct = await api.ok('q-wang', 'appeals', 'report', { communityId: Q, month: '2026-10' });
    expect(oct).toMatchObject({ collected: 0, solved: 1, open: 3, overdue: 3 });

    // Staff export it; residents may not.
    const file = await api.ok('q-staff', 'appeals', 'exportReport', { communityId: Q, month: '2026-09' });
    expect(file.filename).toBe('民情诉求-2026-09-公示.xlsx');
    expect(Buffer.from(file.base64, 'base64').subarray(0, 2).toString()).toBe('PK');
    expect((await api.err('q-wang', 'appeals', 'exportReport', { communityId: Q, month: '2026-09' })).code).toBe('AUTH.FORBIDDEN');
  });
});
