/**
 * `npm run bench` runs every scenario; `npm run bench -- rush ledger` runs some. Each prints its
 * table and replaces its own section of docs/BENCHMARKS.md (between `<!-- bench:NAME -->` markers),
 * so the hand-written analysis around them stays.
 * Options: BENCH_ENGINES=pglite,postgres (default both when PostgreSQL answers at BENCH_PG_URL).
 */
import { pgAvailable, writeSection } from './lib';

type Engine = 'pglite' | 'postgres';
const ALL = ['rush', 'ledger', 'scale', 'city', 'appeals', 'votes', 'sizes', 'coldstart', 'fcp', 'import'] as const;
type Scenario = (typeof ALL)[number];

async function engines(): Promise<Engine[]> {
  const wanted = (process.env.BENCH_ENGINES ?? 'pglite,postgres').split(',') as Engine[];
  if (wanted.includes('postgres') && !(await pgAvailable())) {
    console.warn(
      '[bench] PostgreSQL does not answer at BENCH_PG_URL (default postgres://root@127.0.0.1:5432/postgres): PGlite only',
    );
    return wanted.filter((e) => e !== 'postgres');
  }
  return wanted;
}

async function main() {
  const args = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const bad = args.filter((a) => !(ALL as readonly string[]).includes(a));
  if (bad.length) {
    console.error(`unknown scenario ${bad.join(', ')}; choose from ${ALL.join(', ')}`);
    process.exit(2);
  }
  const chosen = (args.length ? args : ALL) as Scenario[];
  const started = Date.now();
  for (const s of chosen) {
    const t0 = Date.now();
    console.log(`\n=== ${s} ===`);
    let md: string;
    if (s === 'rush') md = (await (await import('./rush')).rush(await engines())).markdown;
    else if (s === 'ledger') md = await (await import('./ledger')).ledger(await engines());
    else if (s === 'scale') md = await (await import('./scale')).scale(await engines());
    else if (s === 'city') {
      if (!(await engines()).includes('postgres')) {
        console.warn('[bench] city needs PostgreSQL: skipped');
        continue;
      }
      md = await (await import('./scale')).city();
    }
    else if (s === 'appeals') md = await (await import('./appeals')).appeals(await engines());
    else if (s === 'votes') md = await (await import('./votes')).votes(await engines());
    else if (s === 'sizes') md = await (await import('./sizes')).sizes();
    else if (s === 'coldstart') md = await (await import('./coldstart')).coldstart();
    else if (s === 'import') md = await (await import('./import')).importBench(await engines());
    else md = await (await import('./fcp')).fcp();
    md += `\n\n_Scenario time ${((Date.now() - t0) / 1000).toFixed(0)} s; reproduce with \`npm run bench -- ${s}\`._`;
    console.log(`\n${md}\n`);
    writeSection(s, md);
  }
  console.log(`[bench] done in ${((Date.now() - started) / 1000).toFixed(0)} s; docs/BENCHMARKS.md updated`);
  process.exit(0);
}

main().catch((err) => {
  console.error('[bench] failed:', err);
  process.exit(1);
});
