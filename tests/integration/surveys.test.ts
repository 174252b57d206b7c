/**
 * 民心测评 through the router, on PGlite (and PostgreSQL when DATABASE_URL is set): one rating per
 * resident per target per round (retries and concurrent duplicates), paper entry by grid workers,
 * results only from 10 raters up and only once closed, admin-only flags, the trend — and anonymity:
 * no action, for anyone, answers who gave which rating, and the rating tables cannot say it either.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { contract, quarterTitle, SURVEY_CHOICES, type SurveyChoice } from '@linli/types';
import { query } from '../../server/db/query';
import { storeUpload } from '../../server/domain/files/files.service';
import { setFileStore } from '../../server/domain/files/storage';
import { createLocalStore } from '../../server/storage/local-store';
import { jpegWithGps } from '../support/file-samples';
import { freshKey } from './support/call';
import { seededApi } from './support/seeded';

const C = 'bijiqiao';
const { t, api, userId } = seededApi();

const STAFF = 'demo-staff';
const ADMIN = 'demo-admin';
const GRID = 'demo-grid';
const RESIDENT = 'demo-resident';
/** This quarter's round; the seed closed last quarter's. */
const TITLE = quarterTitle(new Date());

/** Every output any surveys action gave in this file, with who asked: the anonymity check reads them all. */
const outputs: { action: string; as: string; data: unknown }[] = [];
async function ok<A extends keyof typeof contract.surveys & string>(
  as: string,
  action: A,
  data: unknown,
  key?: string,
) {
  const out = await api.ok(as, 'surveys', action, data as never, key);
  outputs.push({ action, as, data: out });
  return out;
}
const err = (as: string, action: string, data: unknown, key?: string) =>
  api.err(as, 'surveys', action, data, key);

let residents: string[] = [];
let roundId = '';
let cadreTarget = '';
let projectTarget = '';
let spareTarget = '';
let elderId = '';
/** What each rater chose, and a marker in their words: the secret the actions must never pair with a name. */
const secrets: { openid: string; choice: SurveyChoice; marker: string }[] = [];

beforeAll(async () => {
  setFileStore(createLocalStore(fs.mkdtempSync(path.join(os.tmpdir(), 'linli-survey-files-'))));
  residents = (
    await query<{ openid: string }>(
      t.db,
      sql`select u.openid from users u join members m on m.user_id = u.id and m.community_id = ${C}
        where u.openid like 'res-%' and not exists (select 1 from member_roles r where r.community_id = m.community_id and r.user_id = u.id)
        order by u.openid limit 12`,
    )
  ).map((r) => r.openid);
  // An elder without WeChat in 刘建华's grid (碧鸡苑 1栋), whose paper form he brings back.
  const [u] = await query<{ id: string }>(
    t.db,
    sql`insert into users (openid, nickname, name, offline) values ('offline-survey-elder', '陈婆婆', '陈婆婆', true) returning id`,
  );
  await query(
    t.db,
    sql`insert into members (community_id, user_id, estate_id, building, unit) values (${C}, ${u.id}, 'bijiyuan', '1栋', '2单元')`,
  );
  elderId = u.id;
});

describe('a quarterly round, run by staff', () => {
  it('opens one round at a time, with cadres (staff only) and projects', async () => {
    expect((await err(RESIDENT, 'openRound', { communityId: C, title: TITLE })).code).toBe('AUTH.FORBIDDEN');
    const round = await ok(STAFF, 'openRound', { communityId: C, title: TITLE });
    roundId = round.id;
    expect(round).toMatchObject({ status: 'open', targets: [], raters: 0 });
    expect((await err(STAFF, 'openRound', { communityId: C, title: '另一轮' })).code).toBe(
      'SURVEYS.ROUND_OPEN_EXISTS',
    );

    const cadres = await ok(STAFF, 'cadres', { communityId: C });
    const wang = cadres.find((x) => x.name === '王芳')!;
    expect(wang).toBeDefined();
    expect((await err(RESIDENT, 'cadres', { communityId: C })).code).toBe('AUTH.FORBIDDEN');
    const notStaff = await userId(RESIDENT);
    expect(
      (
        await err(STAFF, 'addTarget', {
          communityId: C,
          roundId,
          kind: 'cadre',
          cadreId: notStaff,
          name: '李明',
          about: '',
        })
      ).code,
    ).toBe('SURVEYS.CADRE_NOT_STAFF');
    await ok(STAFF, 'addTarget', {
      communityId: C,
      roundId,
      kind: 'cadre',
      cadreId: wang.userId,
      name: '王芳',
      about: '负责养老服务和重阳宴',
      photoFileId: (
        await storeUpload(t.db, {
          communityId: C,
          ownerId: await userId(STAFF),
          purpose: 'survey_photo',
          bytes: jpegWithGps(),
        })
      ).fileId,
    });
    expect(
      (
        await err(STAFF, 'addTarget', {
          communityId: C,
          roundId,
          kind: 'cadre',
          cadreId: wang.userId,
          name: '王芳',
          about: '',
        })
      ).code,
    ).toBe('SURVEYS.TARGET_EXISTS');
    await ok(STAFF, 'addTarget', {
      communityId: C,
      roundId,
      kind: 'project',
      name: '碧鸡苑垃圾房改造',
      about: '门的颜色由居民协商决定',
    });
    const view = await ok(STAFF, 'addTarget', {
      communityId: C,
      roundId,
      kind: 'project',
      name: '临时项目',
      about: '',
    });
    [cadreTarget, projectTarget, spareTarget] = view.targets.map((x) => x.id);
    expect(view.targets[0].photoUrl).toMatch(/^\/files\/bijiqiao\/[0-9a-f-]+\?exp=\d+&sig=/);
    expect(view.targets.map((x) => [x.kind, x.name, x.about])).toEqual([
      ['cadre', '王芳', '负责养老服务和重阳宴'],
      ['project', '碧鸡苑垃圾房改造', '门的颜色由居民协商决定'],
      ['project', '临时项目', ''],
    ]);
    const afterRemove = await ok(STAFF, 'removeTarget', { communityId: C, roundId, targetId: spareTarget });
    expect(afterRemove.targets).toHaveLength(2);
  });

  it('shows residents the open round from 首页 and nothing of its results', async () => {
    const cur = await ok(RESIDENT, 'current', { communityId: C });
    expect(cur.round?.title).toBe(TITLE);
    expect(cur.ratedTargetIds).toEqual([]);
    const res = await ok(RESIDENT, 'results', { communityId: C, roundId });
    expect(res.round?.status).toBe('open');
    expect(res.targets).toEqual([]);
  });
});

describe('rating', () => {
  it('takes one rating per resident per target; a retry gets the same reply, a second try a clear refusal', async () => {
    const key = freshKey();
    const first = await ok(
      RESIDENT,
      'rate',
      { communityId: C, roundId, targetId: cadreTarget, choice: 'satisfied', words: '王芳很耐心' },
      key,
    );
    secrets.push({ openid: RESIDENT, choice: 'satisfied', marker: '王芳很耐心' });
    expect(first).toEqual({ roundId, ratedTargetIds: [cadreTarget], remaining: 1 });
    const retry = await ok(
      RESIDENT,
      'rate',
      { communityId: C, roundId, targetId: cadreTarget, choice: 'satisfied', words: '王芳很耐心' },
      key,
    );
    expect(retry).toEqual(first);
    const again = await err(RESIDENT, 'rate', {
      communityId: C,
      roundId,
      targetId: cadreTarget,
      choice: 'dissatisfied',
    });
    expect(again.code).toBe('SURVEYS.ALREADY_RATED');
    expect(again.message).toContain('已经评价过这一项了');
    const [{ n }] = await query<{ n: number }>(
      t.db,
      sql`select sum(times_chosen)::int as n from survey_tallies where round_id = ${roundId} and target_id = ${cadreTarget}`,
    );
    expect(n).toBe(1);
    expect((await ok(RESIDENT, 'current', { communityId: C })).ratedTargetIds).toEqual([cadreTarget]);
  });

  it('refuses a cadre rating themselves, an unknown target, and outsiders', async () => {
    expect(
      (await err(STAFF, 'rate', { communityId: C, roundId, targetId: cadreTarget, choice: 'satisfied' }))
        .code,
    ).toBe('SURVEYS.CANNOT_RATE_SELF');
    expect(
      (await err(RESIDENT, 'rate', { communityId: C, roundId, targetId: spareTarget, choice: 'satisfied' }))
        .code,
    ).toBe('SURVEYS.TARGET_NOT_FOUND');
    expect(
      (
        await err('nobody-here', 'rate', {
          communityId: C,
          roundId,
          targetId: projectTarget,
          choice: 'satisfied',
        })
      ).code,
    ).toBe('COMMUNITY.NOT_MEMBER');
  });

  it('counts exactly one of many concurrent duplicate ratings (PostgreSQL races them for real)', async () => {
    const who = residents[11];
    const tries = await Promise.all(
      Array.from({ length: 12 }, () =>
        api.raw(
          'surveys',
          {
            action: 'rate',
            data: { communityId: C, roundId, targetId: projectTarget, choice: 'basic' },
            requestKey: freshKey(),
          },
          who,
        ),
      ),
    );
    const okCount = tries.filter((r) => r.reply.ok).length;
    expect(okCount).toBe(1);
    expect(tries.filter((r) => !r.reply.ok && r.reply.error.code === 'SURVEYS.ALREADY_RATED')).toHaveLength(
      11,
    );
    secrets.push({ openid: who, choice: 'basic', marker: '' });
    const [{ n, raters }] = await query<{ n: number; raters: number }>(
      t.db,
      sql`select (select sum(times_chosen)::int from survey_tallies where round_id = ${roundId} and target_id = ${projectTarget}) as n,
        (select count(*)::int from survey_raters where round_id = ${roundId} and target_id = ${projectTarget}) as raters`,
    );
    expect([n, raters]).toEqual([1, 1]);
  });
});

describe('paper forms entered by the grid worker', () => {
  it('lists the grid’s residents (offline elders too) and records the form as entered by the worker', async () => {
    const roster = await ok(GRID, 'roster', { communityId: C, roundId });
    const elder = roster.find((p) => p.userId === elderId)!;
    expect(elder).toMatchObject({ name: '陈婆婆', offline: true, ratedTargetIds: [] });
    expect(roster.every((p) => p.estateName === '碧鸡苑')).toBe(true);
    const out = await ok(GRID, 'enterPaper', {
      communityId: C,
      roundId,
      residentId: elderId,
      ratings: [
        { targetId: cadreTarget, choice: 'basic', words: '纸质表：上门很勤' },
        { targetId: projectTarget, choice: 'satisfied' },
      ],
    });
    secrets.push({ openid: 'offline-survey-elder', choice: 'basic', marker: '纸质表：上门很勤' });
    expect(out).toEqual({
      roundId,
      ratedTargetIds: expect.arrayContaining([cadreTarget, projectTarget]),
      remaining: 0,
    });
    const [row] = await query<{ entered_by: string }>(
      t.db,
      sql`select entered_by from survey_raters where round_id = ${roundId} and resident_id = ${elderId} and target_id = ${cadreTarget}`,
    );
    expect(row.entered_by).toBe(await userId(GRID));
    // The whole form or nothing: one already-rated target refuses it all.
    const twice = await err(GRID, 'enterPaper', {
      communityId: C,
      roundId,
      residentId: elderId,
      ratings: [{ targetId: cadreTarget, choice: 'dissatisfied' }],
    });
    expect(twice.code).toBe('SURVEYS.ALREADY_RATED');
  });

  it('refuses residents outside the worker’s grid and callers who are not grid workers or staff', async () => {
    const outside = await userId(RESIDENT); // 桥畔 1栋, not 刘建华's grid
    expect(
      (
        await err(GRID, 'enterPaper', {
          communityId: C,
          roundId,
          residentId: outside,
          ratings: [{ targetId: projectTarget, choice: 'satisfied' }],
        })
      ).code,
    ).toBe('SURVEYS.RESIDENT_NOT_FOUND');
    expect(
      (
        await err(RESIDENT, 'enterPaper', {
          communityId: C,
          roundId,
          residentId: elderId,
          ratings: [{ targetId: projectTarget, choice: 'satisfied' }],
        })
      ).code,
    ).toBe('AUTH.FORBIDDEN');
    expect((await err(RESIDENT, 'roster', { communityId: C, roundId })).code).toBe('AUTH.FORBIDDEN');
  });
});

describe('results', () => {
  it('show a target from 10 raters up, nothing below; the community figure only over shown targets', async () => {
    // cadre: 李明, 陈婆婆 + 8 more = 10 raters. project: res-0011, 陈婆婆 + 7 more = 9 raters.
    const choices: SurveyChoice[] = [
      'satisfied',
      'satisfied',
      'basic',
      'dissatisfied',
      'satisfied',
      'satisfied',
      'basic',
      'dissatisfied',
    ];
    for (const [i, who] of residents.slice(0, 8).entries()) {
      const marker = `意见标记${i}`;
      await ok(who, 'rate', {
        communityId: C,
        roundId,
        targetId: cadreTarget,
        choice: choices[i],
        words: marker,
      });
      secrets.push({ openid: who, choice: choices[i], marker });
    }
    for (const who of residents.slice(0, 7)) {
      await ok(who, 'rate', {
        communityId: C,
        roundId,
        targetId: projectTarget,
        choice: 'dissatisfied',
        words: `项目意见${who}`,
      });
    }
    // Open: nothing shows, not even to the admin.
    expect((await ok(ADMIN, 'results', { communityId: C, roundId })).targets).toEqual([]);
    expect((await err(RESIDENT, 'closeRound', { communityId: C, roundId })).code).toBe('AUTH.FORBIDDEN');
    const closed = await ok(STAFF, 'closeRound', { communityId: C, roundId });
    expect(closed.status).toBe('closed');
    expect((await err(STAFF, 'closeRound', { communityId: C, roundId })).code).toBe('SURVEYS.ROUND_CLOSED');
    expect(
      (
        await err(residents[9], 'rate', {
          communityId: C,
          roundId,
          targetId: projectTarget,
          choice: 'satisfied',
        })
      ).code,
    ).toBe('SURVEYS.ROUND_CLOSED');

    const res = await ok(RESIDENT, 'results', { communityId: C, roundId });
    const cadre = res.targets.find((x) => x.target.id === cadreTarget)!;
    const project = res.targets.find((x) => x.target.id === projectTarget)!;
    // 满意 5 (李明 + 4), 基本满意 3 (陈婆婆 + 2), 不满意 2 → (5 + 3) / 10 = 80%.
    expect(cadre).toMatchObject({
      enough: true,
      raters: 10,
      counts: { satisfied: 5, basic: 3, dissatisfied: 2 },
      satisfaction: 80,
      flagged: false,
    });
    expect(cadre.comments!.map((x) => x.words).sort()).toEqual(
      ['王芳很耐心', '纸质表：上门很勤', ...Array.from({ length: 8 }, (_, i) => `意见标记${i}`)].sort(),
    );
    // 9 raters: 参评人数不足 — no count, no figure, no words.
    expect(project).toMatchObject({
      enough: false,
      raters: null,
      counts: null,
      satisfaction: null,
      comments: null,
      flagged: false,
    });
    expect(JSON.stringify(res)).not.toContain('项目意见');
    // 11 different people rated something (res-0011 only the project).
    expect(res.community).toEqual({ satisfaction: 80, raters: 11 });
    expect(res.floor).toBe(10);
  });

  it('flags targets under the threshold to admins only; only an admin sets it', async () => {
    expect((await err(STAFF, 'setThreshold', { communityId: C, flagBelow: 90 })).code).toBe('AUTH.FORBIDDEN');
    const adminView = await ok(ADMIN, 'results', { communityId: C, roundId });
    expect(adminView.flagBelow).toBe(80);
    expect(adminView.targets.find((x) => x.target.id === cadreTarget)!.flagged).toBe(false); // 80% is not under 80%
    await ok(ADMIN, 'setThreshold', { communityId: C, flagBelow: 90 });
    const after = await ok(ADMIN, 'results', { communityId: C, roundId });
    expect(after.flagBelow).toBe(90);
    expect(after.targets.find((x) => x.target.id === cadreTarget)!.flagged).toBe(true);
    for (const who of [STAFF, GRID, RESIDENT]) {
      const view = await ok(who, 'results', { communityId: C, roundId });
      expect(view.flagBelow).toBeNull();
      expect(view.targets.some((x) => x.flagged)).toBe(false);
    }
  });

  it('shows the trend across closed rounds, oldest first', async () => {
    const res = await ok(RESIDENT, 'results', { communityId: C });
    expect(res.round?.id).toBe(roundId); // the latest closed round by default
    const titles = res.trend.map((p) => p.title);
    expect(titles[titles.length - 1]).toBe(TITLE);
    expect(res.trend[res.trend.length - 1]).toMatchObject({ satisfaction: 80, raters: 11 });
    // The seeded round (last quarter) comes before it, with its own figure.
    expect(titles).toEqual([quarterTitle(new Date(Date.now() - 92 * 86_400_000)), TITLE]);
    expect(res.trend[0]).toMatchObject({ satisfaction: expect.any(Number), raters: 36 });
    const seeded = await ok(RESIDENT, 'results', { communityId: C, roundId: res.trend[0].roundId });
    expect(seeded.targets.map((x) => [x.target.name, x.enough, x.raters])).toEqual([
      ['王芳', true, 36],
      ['杨书记', true, 36],
      ['碧鸡苑垃圾房改造', true, 36],
    ]);
  });
});

describe('anonymity by construction', () => {
  it('no action answers who gave which rating — for any caller', async () => {
    // Make sure every action of the contract has been called at least once in this file.
    await ok(STAFF, 'rounds', { communityId: C });
    await ok(RESIDENT, 'rounds', { communityId: C });
    await ok(ADMIN, 'roster', { communityId: C, roundId });
    await ok(STAFF, 'roster', { communityId: C, roundId, query: '陈' });
    for (const who of [ADMIN, STAFF, GRID, RESIDENT, residents[0]]) {
      await ok(who, 'current', { communityId: C });
      await ok(who, 'results', { communityId: C, roundId });
    }
    const called = new Set(outputs.map((o) => o.action));
    expect([...called].sort()).toEqual(Object.keys(contract.surveys).sort());

    // Who the raters are, every way an output could name them.
    const people = await query<{ id: string; openid: string; name: string | null; nickname: string }>(
      t.db,
      sql`select id, openid, name, nickname from users where id in (select resident_id from survey_raters where round_id = ${roundId})`,
    );
    expect(people.length).toBe(11);
    const identities = people.flatMap((p) => [p.id, p.openid, ...(p.name ? [p.name] : []), p.nickname]);
    const whatWasChosen = [...SURVEY_CHOICES, ...secrets.map((s) => s.marker).filter(Boolean), '项目意见'];
    for (const o of outputs) {
      const text = JSON.stringify(o.data);
      const names = identities.filter((x) => text.includes(x));
      const choices = whatWasChosen.filter((x) => text.includes(x));
      // An output may say who rated (the roster) or what was chosen (results), never both.
      if (names.length > 0)
        expect({ action: o.action, as: o.as, choices }).toEqual({ action: o.action, as: o.as, choices: [] });
    }
    // The replies kept with request keys (per user) never hold a choice or words either.
    const kept = await query<{ reply: unknown }>(
      t.db,
      sql`select reply from request_keys where fn = 'surveys' and action in ('rate', 'enterPaper')`,
    );
    expect(kept.length).toBeGreaterThan(10);
    for (const k of kept) {
      const text = JSON.stringify(k.reply);
      expect(whatWasChosen.filter((x) => text.includes(x))).toEqual([]);
    }
  });

  it('the rating tables hold no person, no time and no sequence; only the surveys domain reads them', async () => {
    const cols = await query<{
      table_name: string;
      column_name: string;
      data_type: string;
      column_default: string | null;
      is_identity: string;
    }>(
      t.db,
      sql`select table_name, column_name, data_type, column_default, is_identity from information_schema.columns
        where table_schema = current_schema() and table_name in ('survey_tallies', 'survey_comments') order by table_name, ordinal_position`,
    );
    expect(cols.map((c) => `${c.table_name}.${c.column_name}`)).toEqual([
      'survey_comments.community_id',
      'survey_comments.id',
      'survey_comments.round_id',
      'survey_comments.target_id',
      'survey_comments.choice',
      'survey_comments.words',
      'survey_tallies.community_id',
      'survey_tallies.round_id',
      'survey_tallies.target_id',
      'survey_tallies.choice',
      'survey_tallies.times_chosen',
    ]);
    for (const c of cols) {
      expect(c.column_name).not.toMatch(/user|resident|rater|actor|(^|_)(by|at|on|time|date|seq|serial|created|updated)(_|$)/);
      expect(c.data_type).not.toMatch(/time|date|serial/);
      expect(c.is_identity).toBe('NO');
      expect(c.column_default ?? '').not.toMatch(/nextval|now\(|current_/);
    }
    const id = cols.find((c) => c.table_name === 'survey_comments' && c.column_name === 'id')!;
    expect(id.column_default).toContain('gen_random_uuid');
    // No foreign key from the rating tables to people or to the raters.
    const fks = await query<{ target: string }>(
      t.db,
      sql`select ccu.table_name as target from information_schema.table_constraints tc
        join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name and ccu.table_schema = tc.table_schema
        where tc.constraint_type = 'FOREIGN KEY' and tc.table_schema = current_schema() and tc.table_name in ('survey_tallies', 'survey_comments')`,
    );
    expect(new Set(fks.map((f) => f.target))).toEqual(new Set(['survey_targets']));

    // Hidden row metadata: after the close, no live rating row was written by a rater's transaction.
    const [xmins] = await query<{ raters: number; shared: number }>(
      t.db,
      sql`select (select count(distinct xmin::text)::int from survey_raters where round_id = ${roundId}) as raters,
        (select count(*)::int from (select xmin::text as x from survey_tallies where round_id = ${roundId}
          union all select xmin::text from survey_comments where round_id = ${roundId}) w
          where w.x in (select xmin::text from survey_raters where round_id = ${roundId})) as shared`,
    );
    expect(xmins.raters).toBeGreaterThan(10);
    expect(xmins.shared).toBe(0);

    // Outside server/domain/surveys nothing names the rating tables (schema and seed-through-domain aside).
    const root = path.join(__dirname, '../../server');
    const offenders: string[] = [];
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const p = path.join(dir, e.name);
        if (e.isDirectory()) walk(p);
        else if (
          p.endsWith('.ts') &&
          !p.includes(`${path.sep}domain${path.sep}surveys${path.sep}`) &&
          !p.endsWith(`db${path.sep}schema.ts`)
        ) {
          if (/surveyTallies|surveyComments|survey_tallies|survey_comments/.test(fs.readFileSync(p, 'utf8')))
            offenders.push(p);
        }
      }
    };
    walk(root);
    expect(offenders).toEqual([]);
  });
});
