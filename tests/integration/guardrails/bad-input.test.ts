/**
 * Malformed payloads generated from every action's zod schema: each gets a 4xx with a code (never a
 * 500), and the database is byte-for-byte the same afterwards.
 */
import { sql } from 'drizzle-orm';
import { contract, listActions } from '@linli/types';
import { query } from '../../../server/db/query';
import { seedDemo } from '../../../server/seed/seed';
import { caller, freshKey } from '../support/call';
import {
  BUILT_IN_NAMES,
  isFreeText,
  malformedVariants,
  schemaOf,
  stringSchema,
  validSample,
} from '../support/samples';
import { createTestDb, type TestDb } from '../support/test-db';
import { C, createSubjects } from './subjects';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db);
  await createSubjects(t.db);
});
afterAll(() => t.drop());

/** A fingerprint of every table's full contents. */
async function fingerprint(): Promise<Record<string, string>> {
  const tables = await query<{ name: string }>(
    t.db,
    sql`select tablename as name from pg_tables where schemaname = 'public' order by 1`,
  );
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    const [row] = await query<{ n: number; h: string | null }>(
      t.db,
      sql`select count(*)::int as n, md5(string_agg(x::text, '|' order by x::text)) as h from ${sql.identifier(name)} x`,
    );
    out[name] = `${row.n}:${row.h}`;
  }
  return out;
}

it('refuses every malformed payload of every action with a 4xx code and changes nothing', async () => {
  const api = caller(t.db);
  const before = await fingerprint();
  const problems: string[] = [];
  let tried = 0;
  for (const { fn, action, spec } of listActions()) {
    const base = validSample(spec, { communityId: C });
    for (const v of malformedVariants(spec, base)) {
      const res = await api.raw(fn, { action, data: v.data, requestKey: freshKey() }, 'mx-super');
      tried++;
      const code = res.reply.ok ? 'ok' : res.reply.error.code;
      if (res.status < 400 || res.status >= 500) problems.push(`${fn}.${action} [${v.label}] → ${res.status} ${code}`);
      else if (!/^[A-Z]+\.[A-Z_]+$/.test(code)) problems.push(`${fn}.${action} [${v.label}] → no code`);
      else if (v.code && code !== v.code) problems.push(`${fn}.${action} [${v.label}] → ${code}, not ${v.code}`);
    }
  }
  // Malformed envelopes too.
  for (const env of [null, 42, 'x', [], { action: 1 }, { action: 'list', data: {}, extra: 1 }, { action: 'list', requestKey: '短' }]) {
    const res = await api.raw('events', env, 'mx-super');
    tried++;
    if (res.status !== 400) problems.push(`envelope ${JSON.stringify(env)} → ${res.status}`);
  }
  console.log(`bad input: ${tried} malformed payloads across ${listActions().length} actions`);
  expect(problems).toEqual([]);
  expect(tried).toBeGreaterThan(1000);
  expect(await fingerprint()).toEqual(before);
});

it('refuses Object built-ins as function or action names with a clear code, never a 500', async () => {
  const api = caller(t.db);
  const problems: string[] = [];
  const expectCode = async (fn: string, action: string, want: string) => {
    for (const who of ['mx-super', null]) {
      const res = await api.raw(fn, { action, data: { communityId: C }, requestKey: freshKey() }, who);
      const code = res.reply.ok ? 'ok' : res.reply.error.code;
      if (code !== want) problems.push(`${fn}.${action} (${who ?? 'no identity'}) → ${res.status} ${code}`);
    }
  };
  for (const name of BUILT_IN_NAMES) {
    await expectCode(name, 'name', 'INPUT.UNKNOWN_FUNCTION');
    await expectCode(name, 'list', 'INPUT.UNKNOWN_FUNCTION');
    for (const fn of Object.keys(contract)) await expectCode(fn, name, 'INPUT.UNKNOWN_ACTION');
  }
  expect(problems).toEqual([]);
});

it('normalises every text field: NFC, zero-width characters removed', () => {
  const problems: string[] = [];
  let checked = 0;
  for (const { fn, action, spec } of listActions()) {
    const base = validSample(spec, { communityId: C });
    for (const [key, p] of Object.entries(schemaOf(spec).properties ?? {})) {
      const str = stringSchema(p);
      if (!str || !isFreeText(str)) continue;
      // "é" as e + combining accent, with a zero-width space and joiner: stored as one "é", nothing hidden.
      const parsed = spec.input.safeParse({ ...base, [key]: '\u200bCafe\u0301\u200d' });
      const got = parsed.success ? (parsed.data as Record<string, unknown>)[key] : 'refused';
      if (got !== 'Café') problems.push(`${fn}.${action}.${key} → ${JSON.stringify(got)}`);
      checked++;
    }
  }
  expect(problems).toEqual([]);
  expect(checked).toBeGreaterThan(20);
});

it('returns the first reply to a retry of every mutating action (same request key)', async () => {
  const api = caller(t.db);
  let checked = 0;
  for (const { fn, action, spec } of listActions().filter((a) => a.spec.mutating && a.action !== 'deleteMe')) {
    const data = validSample(spec, { communityId: C });
    const key = freshKey();
    const first = await api.raw(fn, { action, data, requestKey: key }, 'mx-super');
    const again = await api.raw(fn, { action, data, requestKey: key }, 'mx-super');
    expect({ action: `${fn}.${action}`, reply: again.reply }).toEqual({ action: `${fn}.${action}`, reply: first.reply });
    checked++;
  }
  const noKey = await api.raw('user', { action: 'updateProfile', data: { name: '无编号' } }, 'mx-super');
  expect(noKey.reply).toMatchObject({ ok: false, error: { code: 'REQUEST.KEY_REQUIRED' } });
  console.log(`idempotency: ${checked} mutating actions retried with the same key`);
});
