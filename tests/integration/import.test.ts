/**
 * 批量导入 through the real router and the real upload path: template → POST /files (roster_sheet) → dry run →
 * commit; re-import changes nothing; a pre-registered resident who signs in with the same phone and name is linked,
 * not duplicated. The same on PGlite and PostgreSQL.
 */
import type { AddressInfo } from 'node:net';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type http from 'node:http';
import { sql } from 'drizzle-orm';
import { query } from '../../server/db/query';
import { readXlsx } from '../../server/domain/shared/sheets';
import { setFileStore } from '../../server/domain/files/storage';
import { createDevAuth } from '../../server/runtime/dev-auth';
import { createHttpServer } from '../../server/runtime/http';
import { createLocalStore } from '../../server/storage/local-store';
import { pngWithMetadata } from '../support/file-samples';
import { fillTemplate, residents, type SheetLine } from './support/roster-sheet';
import { seededApi } from './support/seeded';

const C = 'bijiqiao';
const { api, t } = seededApi();
const storeDir = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-import-'));
const devAuth = createDevAuth(crypto.randomBytes(32));
let server: http.Server;
let base: string;

beforeAll(async () => {
  setFileStore(createLocalStore(storeDir));
  server = createHttpServer({ db: t.db, mode: 'local', devAuth, ratePerSecond: 1000 });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.close();
  server.closeAllConnections();
  fs.rmSync(storeDir, { recursive: true, force: true });
});

async function upload(body: Buffer, openid = 'demo-staff') {
  const res = await fetch(`${base}/files?communityId=${C}&purpose=roster_sheet`, {
    method: 'POST',
    headers: { authorization: `Bearer ${devAuth.issue(openid)}` },
    body: new Uint8Array(body),
  });
  return (await res.json()) as { ok: boolean; data: { fileId: string }; error: { code: string } };
}

async function sheet(lines: SheetLine[]): Promise<string> {
  const template = Buffer.from(
    (await api.ok('demo-staff', 'roster', 'template', { communityId: C })).base64,
    'base64',
  );
  const res = await upload(await fillTemplate(template, lines));
  if (!res.ok) throw new Error(`upload failed: ${res.error.code}`);
  return res.data.fileId;
}

const count = async (q: ReturnType<typeof sql>) => (await query<{ n: number }>(t.db, q))[0].n;
const rosterSize = () => count(sql`select count(*)::int as n from members where community_id = ${C}`);

it('offers a template whose columns are named in Chinese, with a sheet explaining them', async () => {
  const file = await api.ok('demo-staff', 'roster', 'template', { communityId: C });
  expect(file.filename).toBe('居民名册导入模板.xlsx');
  const rows = await readXlsx(Buffer.from(file.base64, 'base64'), 10);
  expect(rows).toEqual([
    ['姓名', '手机号', '出生年份', '小区', '楼栋', '单元', '门牌号', '是否有微信', '备注'],
  ]);
});

it('takes the sheet only from staff, and only when it is a real .xlsx', async () => {
  const template = Buffer.from(
    (await api.ok('demo-staff', 'roster', 'template', { communityId: C })).base64,
    'base64',
  );
  expect((await upload(template, 'demo-elder')).error.code).toBe('AUTH.FORBIDDEN');
  expect((await upload(pngWithMetadata())).error.code).toBe('FILES.BAD_TYPE');
  const zipNotXlsx = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(60)]);
  expect((await upload(zipNotXlsx)).error.code).toBe('FILES.BAD_TYPE');
  expect((await upload(template)).ok).toBe(true);
  expect((await api.err('demo-elder', 'roster', 'template', { communityId: C })).code).toBe('AUTH.FORBIDDEN');
});

describe('a sheet with good and bad rows', () => {
  const lines: SheetLine[] = [
    {
      姓名: '王大爷',
      手机号: '13711112222',
      出生年份: 1941,
      小区: '碧鸡苑',
      楼栋: '2栋',
      单元: '1单元',
      门牌号: '201',
      是否有微信: '否',
    },
    { 姓名: '王奶奶', 小区: '碧鸡苑', 楼栋: '2', 单元: '1', 门牌号: '２０１室', 是否有微信: '否' },
    { 姓名: '李阿姨', 手机号: '1371111', 小区: '碧鸡苑', 楼栋: '2栋', 门牌号: '202' },
    { 姓名: '赵叔', 手机号: '13711113333', 小区: '不存在小区', 楼栋: '2栋', 门牌号: '203' },
    { 姓名: '钱叔', 手机号: '13711114444', 小区: '碧鸡苑', 楼栋: '99栋', 门牌号: '204' },
    { 姓名: '孙叔', 手机号: '13711111111', 小区: '碧鸡苑', 楼栋: '2栋', 门牌号: '二楼' },
    { 姓名: '王大爷', 手机号: '137 1111 2222', 小区: '碧鸡苑', 楼栋: '2栋', 门牌号: '201' },
    { 手机号: '13711115555', 小区: '碧鸡苑', 楼栋: '2栋', 门牌号: '205' },
    { 姓名: '周伯', 手机号: '13711116666', 出生年份: 1850, 小区: '碧鸡苑', 楼栋: '2栋', 门牌号: '206' },
  ];
  let fileId: string;

  it('dry-runs every row with what it would do and why, writing nothing', async () => {
    fileId = await sheet(lines);
    const before = await rosterSize();
    const plan = await api.ok('demo-staff', 'roster', 'dryRun', { communityId: C, fileId });
    expect(plan.rows.map((r) => [r.row, r.outcome, r.reason])).toEqual([
      [2, 'create', 'new'],
      [3, 'create', 'new'],
      [4, 'reject', 'bad_phone'],
      [5, 'reject', 'unknown_estate'],
      [6, 'reject', 'unknown_building'],
      [7, 'reject', 'bad_room'],
      [8, 'reject', 'duplicate_in_sheet'],
      [9, 'reject', 'missing_name'],
      [10, 'reject', 'bad_birth_year'],
    ]);
    expect(plan.rows[6].detail).toBe('与第 2 行重复');
    expect(plan.rows[0]).toMatchObject({
      phoneMasked: '137****2222',
      address: '碧鸡苑 2栋 1单元 201',
      hasWechat: false,
    });
    expect(plan.counts).toEqual({ create: 2, skip: 0, reject: 7 });
    expect(plan.newHouseholds).toBe(1);
    expect(await rosterSize()).toBe(before);
  });

  it('imports exactly the plan: two offline residents in one household; the same sheet again changes nothing', async () => {
    const before = await rosterSize();
    const plan = await api.ok('demo-staff', 'roster', 'dryRun', { communityId: C, fileId });
    const done = await api.ok('demo-staff', 'roster', 'commit', {
      communityId: C,
      fileId,
      planHash: plan.planHash,
    });
    expect(done).toEqual({ created: 2, skipped: 0, rejected: 7, householdsCreated: 1 });
    expect(await rosterSize()).toBe(before + 2);
    const rows = await query<{ name: string; offline: boolean; household_id: string; openid: string }>(
      t.db,
      sql`select u.name, u.offline, m.household_id, u.openid from users u join members m on m.user_id = u.id
        where m.community_id = ${C} and u.name in ('王大爷', '王奶奶') order by u.name`,
    );
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.offline && r.openid.startsWith('import:'))).toBe(true);
    expect(rows[0].household_id).toBe(rows[1].household_id);

    // The stale plan is refused; a fresh dry run of the same sheet skips both and a second commit creates nobody.
    expect(
      (await api.err('demo-staff', 'roster', 'commit', { communityId: C, fileId, planHash: plan.planHash }))
        .code,
    ).toBe('IMPORT.PLAN_CHANGED');
    const again = await api.ok('demo-staff', 'roster', 'dryRun', { communityId: C, fileId });
    expect(again.counts).toEqual({ create: 0, skip: 2, reject: 7 });
    expect(again.rows.slice(0, 2).map((r) => r.reason)).toEqual(['already_registered', 'already_registered']);
    const second = await api.ok('demo-staff', 'roster', 'commit', {
      communityId: C,
      fileId,
      planHash: again.planHash,
    });
    expect(second).toEqual({ created: 0, skipped: 2, rejected: 7, householdsCreated: 0 });
    expect(await rosterSize()).toBe(before + 2);
  });

  it('keeps an elder without WeChat on the roster for 代报名', async () => {
    const found = await query<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from users u join members m on m.user_id = u.id
        where m.community_id = ${C} and u.offline and u.name = '王奶奶' and m.estate_id = 'bijiyuan'`,
    );
    expect(found[0].n).toBe(1);
  });

  it('links a pre-registered resident who signs in with the same phone and name, instead of a second person', async () => {
    const before = await rosterSize();
    // A stranger who knows the phone but not the name gets nothing.
    await api.ok('stranger-1', 'user', 'updateProfile', { name: '冒名', phone: '13711112222' });
    expect((await api.ok('stranger-1', 'user', 'me', {})).memberships).toEqual([]);

    const me = await api.ok('wang-daye', 'user', 'updateProfile', { name: '王大爷', phone: '13711112222' });
    expect(me.memberships).toHaveLength(1);
    expect(me.memberships[0]).toMatchObject({
      communityId: C,
      estateId: 'bijiyuan',
      building: '2栋',
      unit: '1单元',
      room: '201',
    });
    expect(await rosterSize()).toBe(before);
    const offline = await count(
      sql`select count(*)::int as n from members m join users u on u.id = m.user_id
        where m.community_id = ${C} and u.offline and u.name = '王大爷'`,
    );
    expect(offline).toBe(0);
    // Re-importing the sheet still finds him by phone: nothing is created.
    const plan = await api.ok('demo-staff', 'roster', 'dryRun', { communityId: C, fileId });
    expect(plan.rows[0]).toMatchObject({ outcome: 'skip', reason: 'already_registered' });
    // The household he shares with 王奶奶 is the same one.
    const [wife] = await query<{ household_id: string }>(
      t.db,
      sql`select m.household_id from members m join users u on u.id = m.user_id where u.name = '王奶奶' and m.community_id = ${C}`,
    );
    expect(me.memberships[0].householdId).toBe(wife.household_id);
  });
});

it('refuses a sheet without the header, and another staff member cannot use my upload', async () => {
  const template = Buffer.from(
    (await api.ok('demo-staff', 'roster', 'template', { communityId: C })).base64,
    'base64',
  );
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('x').addRow(['名字', '电话']);
  const bad = await upload(Buffer.from(await wb.xlsx.writeBuffer()));
  expect(
    (await api.err('demo-staff', 'roster', 'dryRun', { communityId: C, fileId: bad.data.fileId })).code,
  ).toBe('IMPORT.NO_HEADER');
  const mine = (await upload(template)).data.fileId;
  expect((await api.err('demo-admin', 'roster', 'dryRun', { communityId: C, fileId: mine })).code).toBe(
    'IMPORT.FILE_NOT_FOUND',
  );
});

it('imports 5,000 rows (dry run, then commit) and logs the time', async () => {
  const fileId = await sheet(residents(5000));
  const t0 = Date.now();
  const plan = await api.ok('demo-staff', 'roster', 'dryRun', { communityId: C, fileId });
  const t1 = Date.now();
  const done = await api.ok('demo-staff', 'roster', 'commit', {
    communityId: C,
    fileId,
    planHash: plan.planHash,
  });
  const t2 = Date.now();
  expect(done.created).toBe(5000);
  expect(plan.counts).toEqual({ create: 5000, skip: 0, reject: 0 });
  console.log(
    `[import] 5000 rows on ${process.env.DATABASE_URL ? 'PostgreSQL' : 'PGlite'}: dry run ${t1 - t0} ms, commit ${t2 - t1} ms`,
  );
  const again = await api.ok('demo-staff', 'roster', 'dryRun', { communityId: C, fileId });
  expect(again.counts).toEqual({ create: 0, skip: 5000, reject: 0 });
}, 180_000);
