/**
 * 批量导入 at a community's size: a sheet of BENCH_IMPORT_ROWS (default 5,000) residents, filled into the downloaded
 * template, uploaded (the domain's upload path), dry-run and committed through the real router; then the same sheet
 * again (all skipped). Target: under a minute for 5,000 rows.
 */
import path from 'node:path';
import { openDatabase } from '../../server/db/client';
import { migrate } from '../../server/db/migrate';
import { storeUpload } from '../../server/domain/files/files.service';
import { setFileStore } from '../../server/domain/files/storage';
import { ensureUser } from '../../server/domain/users/first-sight';
import { seedDemo } from '../../server/seed/seed';
import { createLocalStore } from '../../server/storage/local-store';
import { caller } from '../integration/support/call';
import { fillTemplate, residents } from '../integration/support/roster-sheet';
import { C } from './fixtures';
import { createPgDatabase, table, tmpDir } from './lib';

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 5000);
type Engine = 'pglite' | 'postgres';

async function importOn(engine: Engine): Promise<(string | number)[]> {
  const dataRoot = tmpDir(`import-${engine}`);
  const pg = engine === 'postgres' ? await createPgDatabase() : null;
  const d = await openDatabase({ url: pg?.url, dataDir: path.join(dataRoot, 'pglite'), noLock: true });
  try {
    await migrate(d);
    await seedDemo(d.db);
    setFileStore(createLocalStore(path.join(dataRoot, 'files')));
    const api = caller(d.db);
    const staff = await ensureUser(d.db, 'demo-staff');
    const t0 = performance.now();
    const template = Buffer.from((await api.ok('demo-staff', 'roster', 'template', { communityId: C })).base64, 'base64');
    const sheet = await fillTemplate(template, residents(ROWS));
    const t1 = performance.now();
    const { fileId } = await storeUpload(d.db, { communityId: C, ownerId: staff.id, purpose: 'roster_sheet', bytes: sheet });
    const t2 = performance.now();
    const plan = await api.ok('demo-staff', 'roster', 'dryRun', { communityId: C, fileId });
    const t3 = performance.now();
    const done = await api.ok('demo-staff', 'roster', 'commit', { communityId: C, fileId, planHash: plan.planHash });
    const t4 = performance.now();
    const again = await api.ok('demo-staff', 'roster', 'dryRun', { communityId: C, fileId });
    const t5 = performance.now();
    if (done.created !== ROWS || again.counts.skip !== ROWS) throw new Error(`import bench: created ${done.created}, re-run skipped ${again.counts.skip}`);
    const s = (a: number, b: number) => `${((b - a) / 1000).toFixed(2)} s`;
    console.log(`[import ${engine}] sheet ${s(t0, t1)}, upload ${s(t1, t2)}, dry run ${s(t2, t3)}, commit ${s(t3, t4)}, re-run ${s(t4, t5)}`);
    return [engine, ROWS, `${(sheet.length / 1024).toFixed(0)} KB`, s(t1, t2), s(t2, t3), s(t3, t4), s(t2, t4), s(t4, t5)];
  } finally {
    await d.close();
    await pg?.drop();
  }
}

export async function importBench(engines: Engine[]): Promise<string> {
  const rows: (string | number)[][] = [];
  for (const e of engines) rows.push(await importOn(e));
  return [
    `Bulk import of a resident sheet (${ROWS.toLocaleString('en')} rows, every fifth without a phone, two residents per flat), through the router; the dry run parses the .xlsx with exceljs and plans every row; commit re-plans under the community lock and writes households, offline users and memberships in batches of 500. The re-run is the same sheet after the import (every row skipped).`,
    '',
    table(['engine', 'rows', 'sheet', 'upload', 'dry run', 'commit', 'dry run + commit', 're-run dry run'], rows),
  ].join('\n');
}
