/**
 * 民情诉求 through the router, on PGlite (and PostgreSQL when DATABASE_URL is set): routing by building,
 * working-day deadlines turning overdue with the clock, reassignment with a reason, the three endings,
 * the rating and the one reopen, a building moving grid with its open appeals, voice notes, the lists.
 */
import { sql } from 'drizzle-orm';
import type { OutgoingMessage, Sender } from '../../server/domain/notify/outbox';
import { query } from '../../server/db/query';
import { runTimer } from '../../server/domain/notify/timer';
import { STAND_IN_TEXT, setSpeech, type SpeechService } from '../../server/domain/appeals/speech';
import { seedDemo } from '../../server/seed/seed';
import { caller } from './support/call';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { storeUpload } from '../../server/domain/files/files.service';
import { setFileStore } from '../../server/domain/files/storage';
import { createLocalStore } from '../../server/storage/local-store';
import { jpegWithGps, mp3 } from '../support/file-samples';
import { createTestDb, type TestDb } from './support/test-db';

const C = 'bijiqiao';
const HOUR = 3600_000;
const DAY = 24 * HOUR;

let t: TestDb;
let api: ReturnType<typeof caller>;
/** The router's clock: Friday 10:00 China time, a week after the seed. */
let clock: Date;

function nextFriday10(from: Date): Date {
  const d = new Date(from.getTime() + 7 * DAY);
  const china = new Date(d.getTime() + 8 * HOUR);
  const back = (china.getUTCDay() + 7 - 5) % 7; // days since Friday
  const friday = Date.UTC(china.getUTCFullYear(), china.getUTCMonth(), china.getUTCDate() - back + 7, 10) - 8 * HOUR;
  return new Date(friday);
}

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db);
  clock = nextFriday10(new Date());
  api = caller(t.db, () => clock);
  setFileStore(createLocalStore(fs.mkdtempSync(path.join(os.tmpdir(), 'linli-appeal-files-'))));
}, 120_000); // the server project's 60 s testTimeout is not applied under the root's `projects` config
afterAll(() => t.drop());

const userId = async (openid: string) =>
  (await query<{ id: string }>(t.db, sql`select id from users where openid = ${openid}`))[0].id;
/** A real uploaded photo (checked, location stripped) of this person's, ready to attach. */
const photo = async (openid: string) =>
  (await storeUpload(t.db, { communityId: C, ownerId: await userId(openid), purpose: 'appeal_photo', bytes: jpegWithGps() })).fileId;
const gridOfBuilding = async (estateId: string, building: string) =>
  (
    await query<{ grid_id: string; name: string; worker: string }>(
      t.db,
      sql`select gb.grid_id, g.name, u.openid as worker from grid_buildings gb join grids g on g.community_id = gb.community_id and g.id = gb.grid_id
        join grid_workers w on w.community_id = gb.community_id and w.grid_id = gb.grid_id join users u on u.id = w.user_id
        where gb.community_id = ${C} and gb.estate_id = ${estateId} and gb.building = ${building} order by u.openid limit 1`,
    )
  )[0];

const submit = (openid: string, extra: Record<string, unknown> = {}) =>
  api.ok(openid, 'appeals', 'submit', {
    communityId: C,
    categoryId: 'infrastructure',
    words: '楼道灯坏了，晚上看不见',
    namePublic: false,
    ...extra,
  });
const ref = (appealId: string) => ({ communityId: C, appealId });

function recorder() {
  const sent: OutgoingMessage[] = [];
  const sender: Sender = { async send(m) { sent.push(m); } };
  return { sent, sender };
}

describe('routing', () => {
  it('sends a new appeal to the grid of its building and tells that grid’s worker', async () => {
    const a = await submit('demo-elder', { photos: [await photo('demo-elder'), await photo('demo-elder')] });
    expect(a).toMatchObject({ status: 'submitted', gridName: '第一网格', channel: 'online', submitterName: '张秀英', photoCount: 2 });
    expect(a.place).toMatchObject({ estateId: 'bijiyuan', building: '3栋' });
    expect(a.timeline.map((e) => e.kind)).toEqual(['submitted']);
    const notice = await query<{ openid: string; kind: string }>(
      t.db,
      sql`select u.openid, o.kind from inbox o join users u on u.id = o.user_id where o.payload->>'appealId' = ${a.id}`,
    );
    expect(notice).toEqual([{ openid: 'demo-grid', kind: 'appeal_new' }]);
    const page = await api.ok('demo-grid', 'appeals', 'listForMe', { communityId: C, scope: 'grid', status: 'submitted' });
    expect(page.items.map((x) => x.id)).toContain(a.id);
  });

  it('routes to another building when the resident names it, and refuses a building that is not there', async () => {
    const a = await submit('demo-elder', { place: { estateId: 'jinli', building: '6栋' } });
    const g = await gridOfBuilding('jinli', '6栋');
    expect(a.gridId).toBe(g.grid_id);
    expect((await api.err('demo-elder', 'appeals', 'submit', { communityId: C, categoryId: 'infrastructure', words: 'x', namePublic: false, place: { estateId: 'jinli', building: '99栋' } })).code).toBe('APPEALS.BUILDING_UNKNOWN');
    expect((await api.err('demo-elder', 'appeals', 'submit', { communityId: C, categoryId: 'nope', words: 'x', namePublic: false })).code).toBe('APPEALS.CATEGORY_NOT_FOUND');
    expect((await api.err('demo-elder', 'appeals', 'submit', { communityId: C, categoryId: 'other', words: '', namePublic: false })).code).toBe('APPEALS.CONTENT_REQUIRED');
    expect((await api.err('demo-elder', 'appeals', 'submit', { communityId: C, categoryId: 'other', words: '', namePublic: false, photos: [] })).message).toBe('请写几句话、拍张照片或者录一段语音，说明遇到的情况');
  });

  it('a voice note alone is enough; its text is stored (a labelled stand-in here) and searchable', async () => {
    const voice = await storeUpload(t.db, { communityId: C, ownerId: await userId('demo-elder'), purpose: 'appeal_voice', bytes: mp3(12) });
    const a = await submit('demo-elder', { words: '', voiceFileId: voice.fileId });
    expect(a.hasVoice).toBe(true);
    expect(a.voice).toMatchObject({ transcript: STAND_IN_TEXT, transcriptSource: 'stand_in' });
    expect(a.words).toBe(STAND_IN_TEXT);
    const found = await api.ok('demo-staff', 'appeals', 'listForMe', { communityId: C, query: '语音留言' });
    expect(found.items.map((x) => x.id)).toContain(a.id);
  });

  it('with a speech service configured, the timer fills a voice note\'s text in later, once; a failure is retried', async () => {
    const bytes = mp3(9);
    const heard: { audio?: Buffer; format?: string }[] = [];
    let up = false;
    const service: SpeechService = {
      async transcribe({ audio, format }) {
        heard.push({ audio, format });
        if (!up) throw new Error('ASR: service unavailable');
        return { text: '楼下垃圾三天没人收了', source: 'asr' };
      },
    };
    setSpeech(service);
    try {
      const voice = await storeUpload(t.db, { communityId: C, ownerId: await userId('demo-elder'), purpose: 'appeal_voice', bytes });
      const a = await submit('demo-elder', { words: '', voiceFileId: voice.fileId });
      expect(heard).toHaveLength(0); // submitting never waits for the service
      expect(a.voice).toMatchObject({ transcript: '（语音转文字处理中）' });
      expect(a.words).toBe('基础设施（语音）');
      expect((await runTimer(t.db, recorder().sender, clock)).transcribed).toBe(0);
      expect(heard).toHaveLength(1);
      expect(heard[0].audio?.equals(bytes)).toBe(true);
      expect(heard[0].format).toBe('mp3');
      up = true;
      expect((await runTimer(t.db, recorder().sender, clock)).transcribed).toBe(1);
      const d = await api.ok('demo-elder', 'appeals', 'detail', ref(a.id));
      expect(d.voice).toMatchObject({ transcript: '楼下垃圾三天没人收了', transcriptSource: 'asr' });
      expect(d.words).toBe('楼下垃圾三天没人收了');
      const found = await api.ok('demo-staff', 'appeals', 'listForMe', { communityId: C, query: '垃圾三天' });
      expect(found.items.map((x) => x.id)).toContain(a.id);
      expect((await runTimer(t.db, recorder().sender, clock)).transcribed).toBe(0);
      expect(heard).toHaveLength(2);
    } finally {
      setSpeech(null);
    }
  });

  it('a photo alone is enough: lists and the public report show its category and photo count, never a blank', async () => {
    const a = await submit('demo-elder', { words: '', photos: [await photo('demo-elder'), await photo('demo-elder')] });
    expect(a.words).toBe('基础设施（照片 2 张）');
    expect(a.photoCount).toBe(2);
    const listed = await api.ok('demo-grid', 'appeals', 'listForMe', { communityId: C, scope: 'grid', status: 'submitted' });
    expect(listed.items.find((x) => x.id === a.id)?.words).toBe('基础设施（照片 2 张）');
    expect((await api.ok('demo-elder', 'appeals', 'mine', { communityId: C })).find((x) => x.id === a.id)?.words).toBe('基础设施（照片 2 张）');
    await api.ok('demo-grid', 'appeals', 'accept', ref(a.id));
    await api.ok('demo-grid', 'appeals', 'close', { ...ref(a.id), ending: 'resolved', words: '已清理' });
    const month = new Date(clock.getTime() + 8 * HOUR).toISOString().slice(0, 7);
    const report = await api.ok('demo-resident', 'appeals', 'report', { communityId: C, month });
    expect(report.closedList.find((x) => x.id === a.id)?.words).toBe('基础设施（照片 2 张）');
  });

  it('the ending reaches WeChat once per consent the resident gave at 提交; without one, the inbox alone', async () => {
    const counts = await api.ok('demo-elder', 'notices', 'consent', { communityId: C, kinds: ['appeal_closed'] });
    expect(counts).toEqual([{ kind: 'appeal_closed', remaining: 1 }]);
    const a = await submit('demo-elder');
    const b = await submit('demo-elder');
    for (const x of [a, b]) {
      await api.ok('demo-grid', 'appeals', 'accept', ref(x.id));
      await api.ok('demo-grid', 'appeals', 'close', { ...ref(x.id), ending: 'resolved', words: '修好了' });
    }
    const channels = async (id: string) =>
      (await query<{ channel: string }>(t.db, sql`select channel from outbox where kind = 'appeal_closed' and payload->>'appealId' = ${id}`)).map((r) => r.channel);
    expect(await channels(a.id)).toEqual(['wechat']);
    expect(await channels(b.id)).toEqual([]);
    const inboxed = await query(t.db, sql`select 1 from inbox where kind = 'appeal_closed' and payload->>'appealId' in (${a.id}, ${b.id})`);
    expect(inboxed).toHaveLength(2);
  });

  it('a grid worker records an appeal for an elder without WeChat, who is found again next time', async () => {
    const input = {
      communityId: C,
      channel: 'yard_meeting' as const,
      resident: { name: '罗桂芳', estateId: 'bijiyuan', building: '2栋', unit: '1单元' },
      categoryId: 'sanitation',
      words: '坝坝会上说：垃圾房太臭',
      namePublic: false,
    };
    const a = await api.ok('demo-grid', 'appeals', 'recordOnBehalf', input);
    const b = await api.ok('demo-grid', 'appeals', 'recordOnBehalf', { ...input, words: '垃圾桶不够' });
    expect(a).toMatchObject({ channel: 'yard_meeting', submitterName: '罗桂芳', recordedByName: '刘建华', gridName: '第一网格' });
    expect(a.timeline[0]).toMatchObject({ kind: 'recorded', actorName: '刘建华', meta: { channel: 'yard_meeting' } });
    const [who] = await query<{ n: number }>(t.db, sql`select count(distinct submitter_id)::int as n from appeals where id in (${a.id}, ${b.id})`);
    expect(who.n).toBe(1);
    const mine = await api.ok('demo-grid', 'grids', 'myGrid', { communityId: C });
    expect(mine.grids.map((g) => g.name)).toEqual(['第一网格']);
    expect(mine.grids[0].buildings.map((x) => x.building)).toEqual(['1栋', '2栋', '3栋']);
    expect(mine.people.some((p) => p.name === '张秀英' && p.phone === '13800000001')).toBe(true);
    expect(mine.proxyElders.map((p) => p.name)).toContain('罗桂芳');
    expect(mine.openAppeals.map((x) => x.id)).toEqual(expect.arrayContaining([a.id, b.id]));
    // An existing member by id, by phone call.
    const resident = await userId('demo-resident');
    const c = await api.ok('demo-staff', 'appeals', 'recordOnBehalf', { communityId: C, channel: 'phone', resident: { userId: resident }, categoryId: 'property', words: '电梯又停了', namePublic: true });
    expect(c).toMatchObject({ submitterName: '李明', place: { estateId: 'qiaopan', building: '1栋' } });
    expect((await api.err('demo-staff', 'appeals', 'recordOnBehalf', { communityId: C, channel: 'phone', resident: { userId: 'nobody' }, categoryId: 'property', words: 'x', namePublic: true })).code).toBe('APPEALS.RESIDENT_NOT_FOUND');
  });
});

describe('deadlines', () => {
  it('accept within one working day: Friday 10:00 → Monday 10:00; then overdue, flagged once to the owner and staff', async () => {
    const a = await submit('demo-elder');
    expect(new Date(a.acceptBy).getTime() - new Date(a.createdAt).getTime()).toBe(3 * DAY);
    clock = new Date(clock.getTime() + 2 * DAY); // Sunday
    expect((await api.ok('demo-elder', 'appeals', 'detail', ref(a.id))).overdue).toBe(false);
    clock = new Date(new Date(a.acceptBy).getTime() + HOUR); // Monday 11:00
    const d = await api.ok('demo-elder', 'appeals', 'detail', ref(a.id));
    expect(d.overdue).toBe(true);
    const late = await api.ok('demo-staff', 'appeals', 'listForMe', { communityId: C, overdue: true, query: '楼道灯' });
    expect(late.items.map((x) => x.id)).toContain(a.id);

    const r1 = recorder();
    await runTimer(t.db, r1.sender, clock);
    await runTimer(t.db, recorder().sender, new Date(clock.getTime() + HOUR));
    const flags = (await api.ok('demo-staff', 'appeals', 'detail', ref(a.id))).timeline.filter((e) => e.kind === 'overdue');
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ actorName: '系统', meta: { deadline: 'accept' } });
    // Told in their 消息 inbox (the channel of record; WeChat only with a consent left).
    const told = (
      await query<{ openid: string }>(
        t.db,
        sql`select u.openid from inbox o join users u on u.id = o.user_id where o.kind = 'appeal_overdue' and o.payload->>'appealId' = ${a.id}`,
      )
    )
      .map((m) => m.openid)
      .sort();
    expect(told).toEqual(['demo-admin', 'demo-grid', 'demo-staff', 'staff-1', 'staff-2'].sort());

    // Accepted late: now the finish deadline runs (7 days), and is flagged once in its turn.
    const acc = await api.ok('demo-grid', 'appeals', 'accept', ref(a.id));
    expect(acc.overdue).toBe(false);
    expect(new Date(acc.finishBy!).getTime() - clock.getTime()).toBe(7 * DAY);
    clock = new Date(clock.getTime() + 8 * DAY);
    await runTimer(t.db, recorder().sender, clock);
    await runTimer(t.db, recorder().sender, clock);
    const after = await api.ok('demo-grid', 'appeals', 'detail', ref(a.id));
    expect(after.overdue).toBe(true);
    expect(after.timeline.filter((e) => e.kind === 'overdue').map((e) => e.meta.deadline)).toEqual(['accept', 'finish']);
  });

  it('uses the deadlines staff set for the category, from the next appeal on', async () => {
    const cats = await api.ok('demo-elder', 'appeals', 'categories', { communityId: C });
    expect(cats.map((c) => c.name)).toEqual(['基础设施', '院落整治', '物业服务', '环境卫生', '安全隐患', '邻里纠纷', '教育健康', '其他']);
    const saved = await api.ok('demo-staff', 'appeals', 'saveCategory', { communityId: C, categoryId: 'other', name: '其他', acceptWorkingDays: 2, finishDays: 10 });
    expect(saved).toMatchObject({ acceptWorkingDays: 2, finishDays: 10 });
    const a = await submit('demo-elder', { categoryId: 'other' });
    expect(new Date(a.acceptBy).getTime() - new Date(a.createdAt).getTime()).toBeGreaterThanOrEqual(2 * DAY);
    const acc = await api.ok('demo-grid', 'appeals', 'accept', ref(a.id));
    expect(new Date(acc.finishBy!).getTime() - clock.getTime()).toBe(10 * DAY);
    expect((await api.err('demo-grid', 'appeals', 'saveCategory', { communityId: C, name: 'x', acceptWorkingDays: 1, finishDays: 7 })).code).toBe('AUTH.FORBIDDEN');
    expect((await api.err('demo-staff', 'appeals', 'saveCategory', { communityId: C, name: '基础设施', acceptWorkingDays: 1, finishDays: 7 })).code).toBe('APPEALS.CATEGORY_NAME_TAKEN');
  });
});

describe('owning and closing', () => {
  it('accepting makes the worker responsible; staff reassign only with a reason, recorded on the timeline', async () => {
    const a = await submit('demo-elder');
    const acc = await api.ok('demo-grid', 'appeals', 'accept', ref(a.id));
    expect(acc).toMatchObject({ status: 'accepted', responsibleName: '刘建华' });
    expect((await api.err('demo-grid', 'appeals', 'accept', ref(a.id))).code).toBe('APPEALS.ALREADY_ACCEPTED');
    const staffId = await userId('demo-staff');
    expect((await api.err('demo-staff', 'appeals', 'assign', { ...ref(a.id), responsibleId: staffId })).code).toBe('APPEALS.REASON_REQUIRED');
    expect((await api.err('demo-staff', 'appeals', 'assign', { ...ref(a.id), responsibleId: await userId('demo-resident'), reason: '换人' })).code).toBe('APPEALS.ASSIGNEE_INVALID');
    expect((await api.err('demo-grid', 'appeals', 'assign', { ...ref(a.id), responsibleId: staffId, reason: '换人' })).code).toBe('AUTH.FORBIDDEN');
    const re = await api.ok('demo-staff', 'appeals', 'assign', { ...ref(a.id), responsibleId: staffId, reason: '涉及物业合同，由社区出面' });
    expect(re.responsibleName).toBe('王芳');
    expect(re.timeline.at(-1)).toMatchObject({ kind: 'reassigned', actorName: '王芳', words: '涉及物业合同，由社区出面', meta: { responsibleName: '王芳' } });
    expect((await api.err('demo-staff', 'appeals', 'assign', { ...ref(a.id), responsibleId: staffId, reason: '再来' })).code).toBe('APPEALS.SAME_ASSIGNEE');
    const mine = await api.ok('demo-staff', 'appeals', 'listForMe', { communityId: C, scope: 'responsible' });
    expect(mine.items.map((x) => x.id)).toContain(a.id);
  });

  it('closes with each of the three endings; a refused duplicate points at the original', async () => {
    const [x, y, z] = [await submit('demo-elder'), await submit('demo-elder'), await submit('demo-elder')];
    expect((await api.err('demo-grid', 'appeals', 'close', { ...ref(x.id), ending: 'resolved', words: '修好了' })).code).toBe('APPEALS.NOT_ACCEPTED');
    for (const a of [x, y, z]) await api.ok('demo-grid', 'appeals', 'accept', ref(a.id));
    const [ph1, ph2] = [await photo('demo-grid'), await photo('demo-grid')];
    const p = await api.ok('demo-grid', 'appeals', 'addProgress', { ...ref(x.id), words: '已约电工', photos: [ph1] });
    expect(p.timeline.at(-1)).toMatchObject({ kind: 'progress', words: '已约电工', photos: [{ id: ph1 }] });
    expect(p.timeline.at(-1)!.photos[0].url).toMatch(/^\/files\/bijiqiao\//);
    const solved = await api.ok('demo-grid', 'appeals', 'close', { ...ref(x.id), ending: 'resolved', words: '换了感应灯', photos: [ph2] });
    expect(solved).toMatchObject({ status: 'closed', ending: 'resolved' });
    expect(solved.timeline.at(-1)).toMatchObject({ kind: 'closed', meta: { ending: 'resolved' }, photos: [{ id: ph2 }] });
    const explained = await api.ok('demo-grid', 'appeals', 'close', { ...ref(y.id), ending: 'explained', words: '需业主大会表决维修资金' });
    expect(explained.ending).toBe('explained');
    expect((await api.err('demo-grid', 'appeals', 'close', { ...ref(z.id), ending: 'resolved', words: 'x', duplicateOf: x.id })).code).toBe('APPEALS.DUPLICATE_ONLY_REFUSED');
    expect((await api.err('demo-grid', 'appeals', 'close', { ...ref(z.id), ending: 'refused', words: 'x', duplicateOf: 'nope' })).code).toBe('APPEALS.DUPLICATE_NOT_FOUND');
    const refused = await api.ok('demo-grid', 'appeals', 'close', { ...ref(z.id), ending: 'refused', words: '与前一条重复，合并办理', duplicateOf: x.id });
    expect(refused).toMatchObject({ ending: 'refused', duplicateOfId: x.id });
    expect((await api.err('demo-grid', 'appeals', 'close', { ...ref(z.id), ending: 'resolved', words: 'x' })).code).toBe('APPEALS.CLOSED');
    expect((await api.err('demo-grid', 'appeals', 'addProgress', { ...ref(z.id), words: 'x' })).code).toBe('APPEALS.CLOSED');
    // The resident hears about the ending.
    const [n] = await query<{ n: number }>(t.db, sql`select count(*)::int as n from inbox where kind = 'appeal_closed' and payload->>'appealId' = ${x.id}`);
    expect(n.n).toBe(1);
  });

  it('the submitter rates once per closing and may reopen once, within 7 days', async () => {
    const a = await submit('demo-elder');
    await api.ok('demo-grid', 'appeals', 'accept', ref(a.id));
    expect((await api.err('demo-elder', 'appeals', 'rate', { ...ref(a.id), stars: 5 })).code).toBe('APPEALS.NOT_CLOSED');
    await api.ok('demo-grid', 'appeals', 'close', { ...ref(a.id), ending: 'resolved', words: '修好了' });
    expect((await api.err('demo-grid', 'appeals', 'rate', { ...ref(a.id), stars: 5 })).code).toBe('APPEALS.SUBMITTER_ONLY');
    expect((await api.err('demo-resident', 'appeals', 'rate', { ...ref(a.id), stars: 5 })).code).toBe('APPEALS.NOT_FOUND');
    const rated = await api.ok('demo-elder', 'appeals', 'rate', { ...ref(a.id), stars: 2, words: '灯还是时亮时不亮' });
    expect(rated).toMatchObject({ stars: 2, rating: { stars: 2, words: '灯还是时亮时不亮' }, can: { rate: false, reopen: true } });
    expect((await api.err('demo-elder', 'appeals', 'rate', { ...ref(a.id), stars: 3 })).code).toBe('APPEALS.ALREADY_RATED');

    clock = new Date(clock.getTime() + 3 * DAY);
    expect((await api.err('demo-grid', 'appeals', 'reopen', { ...ref(a.id), words: '还是坏的' })).code).toBe('APPEALS.SUBMITTER_ONLY');
    const back = await api.ok('demo-elder', 'appeals', 'reopen', { ...ref(a.id), words: '还是坏的' });
    expect(back).toMatchObject({ status: 'accepted', ending: null, responsibleName: '刘建华', can: { reopen: false } });
    expect(new Date(back.finishBy!).getTime()).toBe(clock.getTime() + 7 * DAY);
    await api.ok('demo-grid', 'appeals', 'close', { ...ref(a.id), ending: 'resolved', words: '整条线路换新' });
    const again = await api.ok('demo-elder', 'appeals', 'rate', { ...ref(a.id), stars: 5 });
    expect(again.stars).toBe(5);
    expect((await api.err('demo-elder', 'appeals', 'reopen', { ...ref(a.id), words: '再试' })).code).toBe('APPEALS.REOPEN_USED');
    expect(again.timeline.map((e) => e.kind)).toEqual(['submitted', 'accepted', 'closed', 'rated', 'reopened', 'closed', 'rated']);

    const b = await submit('demo-elder');
    await api.ok('demo-grid', 'appeals', 'accept', ref(b.id));
    await api.ok('demo-grid', 'appeals', 'close', { ...ref(b.id), ending: 'explained', words: '明年纳入项目' });
    clock = new Date(clock.getTime() + 7 * DAY + HOUR);
    expect((await api.err('demo-elder', 'appeals', 'reopen', { ...ref(b.id), words: '太久了' })).code).toBe('APPEALS.REOPEN_EXPIRED');
  });
});

describe('grids', () => {
  it('moving a building takes its open appeals to the new grid, recorded on each timeline and in grid_moves', async () => {
    const open = await submit('demo-elder'); // 碧鸡苑 3栋, 第一网格
    const done = await submit('demo-elder');
    await api.ok('demo-grid', 'appeals', 'accept', ref(done.id));
    await api.ok('demo-grid', 'appeals', 'close', { ...ref(done.id), ending: 'resolved', words: '好了' });
    const overview = await api.ok('demo-staff', 'grids', 'list', { communityId: C });
    expect(overview.grids).toHaveLength(22);
    expect(overview.unassigned).toEqual([]);
    const first = overview.grids.find((g) => g.name === '第一网格')!;
    const second = overview.grids.find((g) => g.name === '第二网格')!;
    const toSecond = [...second.buildings, { estateId: 'bijiyuan', estateName: '碧鸡苑', building: '3栋' }];
    const updated = await api.ok('demo-staff', 'grids', 'update', {
      communityId: C,
      gridId: second.id,
      name: second.name,
      buildings: toSecond.map((b) => ({ estateId: b.estateId, building: b.building })),
      workerIds: second.workers.map((w) => w.userId),
    });
    expect(updated.buildings.map((b) => b.building)).toContain('3栋');
    const moved = await api.ok('demo-staff', 'appeals', 'detail', ref(open.id));
    expect(moved.gridName).toBe('第二网格');
    expect(moved.timeline.at(-1)).toMatchObject({ kind: 'rerouted', actorName: '王芳', meta: { fromGridName: '第一网格', toGridName: '第二网格' } });
    expect((await api.ok('demo-staff', 'appeals', 'detail', ref(done.id))).gridName).toBe('第一网格');
    const [mv] = await query<{ from_grid_id: string; to_grid_id: string; rerouted_appeals: number }>(
      t.db,
      sql`select from_grid_id, to_grid_id, rerouted_appeals from grid_moves where estate_id = 'bijiyuan' and building = '3栋'`,
    );
    expect(mv).toMatchObject({ from_grid_id: first.id, to_grid_id: second.id });
    expect(mv.rerouted_appeals).toBeGreaterThan(0);
    // The new grid's worker now sees it; the old one (no longer responsible) does not.
    const newWorker = (await gridOfBuilding('bijiyuan', '3栋')).worker;
    expect((await api.ok(newWorker, 'appeals', 'detail', ref(open.id))).id).toBe(open.id);
    expect((await api.err('demo-grid', 'appeals', 'detail', ref(open.id))).code).toBe('APPEALS.NOT_FOUND');
    // New appeals from 3栋 go to 第二网格 too.
    expect((await submit('demo-elder')).gridName).toBe('第二网格');
  });

  it('creates a grid with workers who hold the role, and refuses names and buildings that clash', async () => {
    const worker = await userId('grid-05');
    const g = await api.ok('demo-staff', 'grids', 'create', { communityId: C, name: '测试网格', buildings: [{ estateId: 'caotang', building: '7栋' }], workerIds: [worker] });
    expect(g).toMatchObject({ name: '测试网格', buildings: [{ estateId: 'caotang', building: '7栋', estateName: '草堂人家' }] });
    expect(g.workers.map((w) => w.userId)).toEqual([worker]);
    expect((await api.err('demo-staff', 'grids', 'create', { communityId: C, name: '测试网格', buildings: [], workerIds: [] })).code).toBe('GRIDS.NAME_TAKEN');
    expect((await api.err('demo-staff', 'grids', 'create', { communityId: C, name: '另一个', buildings: [], workerIds: [await userId('demo-elder')] })).code).toBe('GRIDS.WORKER_INVALID');
    expect((await api.err('demo-staff', 'grids', 'create', { communityId: C, name: '另一个', buildings: [{ estateId: 'caotang', building: '99栋' }], workerIds: [] })).code).toBe('GRIDS.BUILDING_UNKNOWN');
    expect((await api.err('demo-staff', 'grids', 'update', { communityId: C, gridId: g.id, name: '测试网格', buildings: [{ estateId: 'caotang', building: '1栋' }, { estateId: 'caotang', building: '1栋' }], workerIds: [] })).code).toBe('GRIDS.BUILDING_TWICE');
    // Leaving a building out of every grid makes it unassigned.
    await api.ok('demo-staff', 'grids', 'update', { communityId: C, gridId: g.id, name: '测试网格', buildings: [], workerIds: [worker] });
    expect((await api.ok('demo-staff', 'grids', 'list', { communityId: C })).unassigned).toEqual([{ estateId: 'caotang', estateName: '草堂人家', building: '7栋' }]);
  });
});

describe('lists and projects', () => {
  it('staff sort appeals into the three lists and link a project to the events and expenses that carry it out', async () => {
    const a = await submit('demo-elder');
    expect((await api.err('demo-staff', 'appeals', 'linkProject', { ...ref(a.id), kind: 'event', targetId: 'chongyang-banquet' })).code).toBe('APPEALS.NOT_A_PROJECT');
    const sorted = await api.ok('demo-staff', 'appeals', 'sortIntoList', { ...ref(a.id), list: 'projects' });
    expect(sorted).toMatchObject({ list: 'projects', can: { link: true } });
    const linked = await api.ok('demo-staff', 'appeals', 'linkProject', { ...ref(a.id), kind: 'event', targetId: 'chongyang-banquet' });
    expect(linked.links).toEqual([{ kind: 'event', id: 'chongyang-banquet', title: '重阳敬老宴' }]);
    const [ex] = await query<{ id: string }>(t.db, sql`select id from expenses where community_id = ${C} limit 1`);
    const both = await api.ok('demo-staff', 'appeals', 'linkProject', { ...ref(a.id), kind: 'expense', targetId: ex.id });
    expect(both.links).toHaveLength(2);
    const un = await api.ok('demo-staff', 'appeals', 'linkProject', { ...ref(a.id), kind: 'event', targetId: 'chongyang-banquet', remove: true });
    expect(un.links.map((l) => l.kind)).toEqual(['expense']);
    expect(un.timeline.map((e) => e.kind).slice(-4)).toEqual(['sorted', 'linked', 'linked', 'unlinked']);
    expect((await api.err('demo-staff', 'appeals', 'linkProject', { ...ref(a.id), kind: 'event', targetId: 'nope' })).code).toBe('APPEALS.LINK_TARGET_NOT_FOUND');
    const projects = await api.ok('demo-staff', 'appeals', 'listForMe', { communityId: C, list: 'projects' });
    expect(projects.items.every((x) => x.list === 'projects')).toBe(true);
    expect(projects.items.map((x) => x.id)).toContain(a.id);
  });
});
