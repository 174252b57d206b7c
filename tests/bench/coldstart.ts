/**
 * Cold start of each cloud function bundle (cloudfunctions/<fn>/index.js, `npm run build:cloud`):
 * a new node process loads the bundle and answers one call. "No DB" is a call refused by the router
 * before any query (the pool is created, nothing connects); "with DB" is a read that resolves the
 * caller, so it connects to PostgreSQL and queries. The WeChat SDK is replaced by a stub that only
 * returns an OPENID (the real wx-server-sdk is not installed here), so its own load time is not in
 * these figures. Median of 5 runs, measured from spawn to the reply on stdout.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { contract } from '../../types/contract';
import { openDatabase } from '../../server/db/client';
import { migrate } from '../../server/db/migrate';
import { seedDemo } from '../../server/seed/seed';
import { createPgDatabase, ms, pgAvailable, ROOT, table, tmpDir } from './lib';

const RUNS = 5;

const HARNESS = `
const t0 = performance.now();
const bundle = require(process.argv[2]);
const loaded = performance.now();
bundle.main(JSON.parse(process.argv[3])).then((reply) => {
  process.stdout.write(JSON.stringify({ load: loaded - t0, call: performance.now() - loaded, uptime: process.uptime() * 1000, ok: !!(reply && reply.ok), code: reply && reply.ok ? null : (reply && reply.error ? reply.error.code : typeof reply) }) + '\\n');
  process.exit(0);
});
`;

function once(dir: string, fn: string, event: unknown, env: NodeJS.ProcessEnv) {
  return new Promise<{ total: number; load: number; ok: boolean; code: string | null }>((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(
      process.execPath,
      [path.join(dir, 'harness.js'), path.join(dir, fn, 'index.js'), JSON.stringify(event)],
      {
        cwd: dir,
        env: { PATH: process.env.PATH, ...env },
      },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => {
      out += d;
      if (out.includes('\n')) {
        const total = performance.now() - t0;
        const r = JSON.parse(out.split('\n')[0]);
        resolve({ total, load: r.load, ok: r.ok, code: r.code });
      }
    });
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => {
      if (!out.includes('\n')) reject(new Error(`${fn} exited ${code}: ${err}`));
    });
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** A read of this function that passes validation with only a community id (or nothing). */
function readAction(fn: string): { action: string; data: unknown } | null {
  const actions = (
    contract as unknown as Record<
      string,
      Record<
        string,
        {
          mutating?: boolean;
          input: { safeParse(x: unknown): { success: boolean } };
          access: { kind: string };
        }
      >
    >
  )[fn];
  if (!actions) return null;
  for (const [action, spec] of Object.entries(actions)) {
    if (spec.mutating || spec.access.kind === 'public') continue;
    for (const data of [{ communityId: 'bijiqiao' }, {}])
      if (spec.input.safeParse(data).success) return { action, data };
  }
  return null;
}

export async function coldstart(): Promise<string> {
  const fnRoot = path.join(ROOT, 'cloudfunctions');
  const fns = fs.readdirSync(fnRoot).filter((f) => fs.existsSync(path.join(fnRoot, f, 'index.js')));
  if (fns.length === 0)
    throw new Error(
      'no bundles in cloudfunctions/: run `npm run build:cloud` (or `npm run bench -- sizes`) first',
    );
  const dir = tmpDir('cold');
  for (const fn of fns) {
    fs.mkdirSync(path.join(dir, fn));
    fs.copyFileSync(path.join(fnRoot, fn, 'index.js'), path.join(dir, fn, 'index.js'));
  }
  fs.mkdirSync(path.join(dir, 'node_modules/wx-server-sdk'), { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'node_modules/wx-server-sdk/index.js'),
    `exports.DYNAMIC_CURRENT_ENV = 'bench'; exports.init = () => {}; exports.getWXContext = () => ({ OPENID: 'demo-elder' });\n`,
  );
  fs.writeFileSync(path.join(dir, 'harness.js'), HARNESS);
  const pg = (await pgAvailable()) ? await createPgDatabase() : null;
  try {
    if (pg) {
      const d = await openDatabase({ url: pg.url });
      await migrate(d);
      await seedDemo(d.db);
      await d.close();
    }
    const env = { DATABASE_URL: pg?.url ?? 'postgres://nobody@127.0.0.1:1/none', LINLI_POOL_SIZE: '3' };
    const rows: (string | number)[][] = [];
    for (const fn of fns) {
      const noDb: number[] = [];
      const load: number[] = [];
      const withDb: number[] = [];
      let note = '';
      for (let i = 0; i < RUNS; i++) {
        const r = await once(dir, fn, { action: 'no-such-action' }, env);
        noDb.push(r.total);
        load.push(r.load);
        if (!note) note = `no DB: ${r.code}`;
      }
      const read = readAction(fn);
      if (pg && read) {
        for (let i = 0; i < RUNS; i++) {
          const r = await once(dir, fn, read, env);
          withDb.push(r.total);
          note = `${read.action} → ${r.ok ? 'ok' : r.code}`;
        }
      }
      const lim = (n: number) => (n <= 300 ? '✓' : '✗');
      rows.push([
        `\`${fn}\``,
        ms(median(load)),
        `${ms(median(noDb))} ${lim(median(noDb))}`,
        withDb.length ? `${ms(median(withDb))} ${lim(median(withDb))}` : 'n/a',
        withDb.length ? note : `${note}; no read action with only a community id`,
      ]);
      console.log(`[coldstart] ${fn}: ${rows[rows.length - 1].join(' | ')}`);
    }
    return [
      `Median of ${RUNS} fresh \`node\` processes per cell (${process.version}), spawn → first reply on stdout. WeChat SDK stubbed (see above); PostgreSQL on loopback.`,
      '',
      table(
        [
          'bundle',
          'require(bundle)',
          'first reply, no DB (target ≤ 300 ms)',
          'first reply with DB connect + query',
          'call used',
        ],
        rows,
      ),
    ].join('\n');
  } finally {
    await pg?.drop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
