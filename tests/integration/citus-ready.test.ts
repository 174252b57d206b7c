/**
 * Ready to shard by community (Citus / TDSQL-PG, docs/DEPLOY.md): introspects the migrated schema and
 * fails when a community table (one with a community_id column) has a primary key or unique index
 * without community_id, or a foreign key that leaves its community other than to a reference table
 * (a table without community_id, replicated to every node), or when a reference table points into a
 * community table (Citus refuses that). Known exceptions are listed below with their reason and plan;
 * an exception that no longer fails must be removed from the list.
 */
import { sql } from 'drizzle-orm';
import { query } from '../../server/db/query';
import { createTestDb, type TestDb } from './support/test-db';

/** Tables that are not distributed by community_id: replicated to every node (reference tables). */
const REFERENCE_TABLES_DOC = 'docs/DEPLOY.md';

/**
 * Problems accepted for now, each with its reason and plan (docs/DEPLOY.md "Exceptions").
 * Key: the problem text the check prints.
 */
const EXCEPTIONS: Record<string, string> = {
  'files.files_storage_key_uq: unique index (storage_key) lacks community_id':
    'storage keys are random and unique by construction; plan: unique (community_id, storage_key) with the files domain',
  'proxy_claims.proxy_claims_user_uq: unique index (offline_user_id) lacks community_id':
    'an offline person is claimed by one proxy; an offline user lives in one community, so plan: unique (community_id, offline_user_id)',
  'sms_opt_outs.sms_opt_outs_pkey: primary key (phone) lacks community_id':
    'an SMS opt-out is for the phone everywhere (the law), so plan: a reference table — community_id kept only as "where it was set", out of the key',
  'invites.invites_code_uq: unique index (code_hash) lacks community_id':
    'the person typing an invite code does not say which community it is for, so the code is looked up everywhere; plan: a reference table invite_codes (code_hash → community_id) beside the distributed invites',
};

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb({ poolSize: 2 });
});
afterAll(async () => {
  await t?.drop();
});

interface Constraint {
  table: string;
  name: string;
  type: 'p' | 'u' | 'f';
  columns: string[];
  ref_table: string | null;
  ref_columns: string[] | null;
}

async function schemaFacts() {
  const tables = await query<{ table: string; community: boolean }>(
    t.db,
    sql`select c.relname as table,
        exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'community_id' and not a.attisdropped) as community
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind in ('r', 'p') order by 1`,
  );
  const constraints = await query<Constraint>(
    t.db,
    sql`select c.conrelid::regclass::text as table, c.conname as name, c.contype as type,
        array(select a.attname::text from unnest(c.conkey) k join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k) as columns,
        case when c.contype = 'f' then c.confrelid::regclass::text end as ref_table,
        case when c.contype = 'f' then array(select a.attname::text from unnest(c.confkey) k
          join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k) end as ref_columns
      from pg_constraint c join pg_namespace n on n.oid = c.connamespace
      where n.nspname = 'public' and c.contype in ('p', 'u', 'f')`,
  );
  // Unique indexes that are not constraints (drizzle's uniqueIndex(), partial ones included).
  const uniqueIndexes = await query<{ table: string; name: string; columns: string[] }>(
    t.db,
    sql`select i.indrelid::regclass::text as table, ci.relname as name,
        array(select a.attname::text from unnest(i.indkey::int2[]) k join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k) as columns
      from pg_index i join pg_class ci on ci.oid = i.indexrelid join pg_namespace n on n.oid = ci.relnamespace
      where n.nspname = 'public' and i.indisunique and not i.indisprimary
        and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)`,
  );
  return { tables, constraints, uniqueIndexes };
}

function problemsOf(facts: Awaited<ReturnType<typeof schemaFacts>>): string[] {
  const community = new Set(facts.tables.filter((x) => x.community).map((x) => x.table));
  const problems: string[] = [];
  for (const x of facts.tables) {
    if (x.community && !facts.constraints.some((c) => c.table === x.table && c.type === 'p'))
      problems.push(`${x.table}: no primary key`);
  }
  for (const c of facts.constraints) {
    if (!community.has(c.table)) {
      if (c.type === 'f' && community.has(c.ref_table!))
        problems.push(`${c.table}.${c.name}: a reference table points into community table ${c.ref_table}`);
      continue;
    }
    if ((c.type === 'p' || c.type === 'u') && !c.columns.includes('community_id'))
      problems.push(`${c.table}.${c.name}: ${c.type === 'p' ? 'primary key' : 'unique constraint'} (${c.columns.join(', ')}) lacks community_id`);
    if (c.type === 'f' && community.has(c.ref_table!)) {
      const i = c.columns.indexOf('community_id');
      if (i < 0 || c.ref_columns![i] !== 'community_id')
        problems.push(`${c.table}.${c.name}: foreign key (${c.columns.join(', ')}) → ${c.ref_table} crosses communities`);
    }
  }
  for (const u of facts.uniqueIndexes) {
    if (community.has(u.table) && !u.columns.includes('community_id'))
      problems.push(`${u.table}.${u.name}: unique index (${u.columns.join(', ')}) lacks community_id`);
  }
  return problems.sort();
}

it('every community table is keyed by community_id and stays inside its community', async () => {
  const facts = await schemaFacts();
  // The check sees the schema (guards against a query that finds nothing).
  expect(facts.tables.map((x) => x.table)).toEqual(expect.arrayContaining(['events', 'registrations', 'users']));
  expect(facts.constraints.filter((c) => c.type === 'f').length).toBeGreaterThan(10);
  const problems = problemsOf(facts);
  const unexpected = problems.filter((p) => !(p in EXCEPTIONS));
  expect(unexpected).toEqual([]);
  // A listed exception that no longer happens must leave the list (and docs/DEPLOY.md).
  expect(Object.keys(EXCEPTIONS).filter((p) => !problems.includes(p))).toEqual([]);
});

it('the reference tables are the ones docs/DEPLOY.md names', async () => {
  const fs = await import('node:fs');
  const path = await import('node:path');
  const doc = fs.readFileSync(path.resolve(__dirname, '../..', REFERENCE_TABLES_DOC), 'utf8');
  const { tables } = await schemaFacts();
  const reference = tables.filter((x) => !x.community && !x.table.startsWith('__')).map((x) => x.table);
  for (const name of reference) expect(doc).toContain(`\`${name}\``);
});

it('flags a community table keyed without community_id (the check can fail)', () => {
  const problems = problemsOf({
    tables: [
      { table: 'a', community: true },
      { table: 'b', community: true },
      { table: 'r', community: false },
    ],
    constraints: [
      { table: 'a', name: 'a_pk', type: 'p', columns: ['id'], ref_table: null, ref_columns: null },
      { table: 'b', name: 'b_pk', type: 'p', columns: ['community_id', 'id'], ref_table: null, ref_columns: null },
      { table: 'b', name: 'b_a_fk', type: 'f', columns: ['a_id'], ref_table: 'a', ref_columns: ['id'] },
      { table: 'b', name: 'b_r_fk', type: 'f', columns: ['r_id'], ref_table: 'r', ref_columns: ['id'] },
      { table: 'r', name: 'r_b_fk', type: 'f', columns: ['b_id'], ref_table: 'b', ref_columns: ['id'] },
    ],
    uniqueIndexes: [{ table: 'b', name: 'b_code_uq', columns: ['code'] }],
  });
  expect(problems).toEqual([
    'a.a_pk: primary key (id) lacks community_id',
    'b.b_a_fk: foreign key (a_id) → a crosses communities',
    'b.b_code_uq: unique index (code) lacks community_id',
    'r.r_b_fk: a reference table points into community table b',
  ]);
});
