/**
 * Sizes: the weapp main package and each subpackage (production build), the H5 first-load
 * JavaScript (the scripts index.html loads, raw and gzip), and the cloud function bundles.
 * BENCH_SKIP_BUILD=1 measures the builds already in dist/ and cloudfunctions/.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { weappSizes } from '../../scripts/size-report';
import { kb, ROOT, table } from './lib';

const MB = 1024 * 1024;

function run(args: string[], env: NodeJS.ProcessEnv = {}) {
  const t0 = Date.now();
  execFileSync('npm', ['run', '--silent', ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...env },
  });
  return (Date.now() - t0) / 1000;
}

const gz = (file: string) => zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;

export function h5FirstLoad(dir = path.join(ROOT, 'dist/h5')) {
  const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1].replace(/^\//, ''));
  const files = scripts.map((s) => path.join(dir, s)).filter((f) => fs.existsSync(f));
  return {
    files: files.map((f) => path.relative(dir, f)),
    raw: files.reduce((a, f) => a + fs.statSync(f).size, 0),
    gzip: files.reduce((a, f) => a + gz(f), 0),
  };
}

export async function sizes(): Promise<string> {
  const built: string[] = [];
  if (process.env.BENCH_SKIP_BUILD !== '1') {
    console.log('[sizes] production builds: weapp, h5, cloud functions');
    built.push(`weapp ${run(['build:weapp'], { NODE_ENV: 'production' }).toFixed(0)} s`);
    built.push(`h5 ${run(['build:h5'], { NODE_ENV: 'production' }).toFixed(0)} s`);
    built.push(`cloud ${run(['build:cloud']).toFixed(0)} s`);
  }
  const w = weappSizes(path.join(ROOT, 'dist/weapp'));
  const h5 = h5FirstLoad();
  const fnRoot = path.join(ROOT, 'cloudfunctions');
  const fns = fs
    .readdirSync(fnRoot)
    .filter((f) => fs.existsSync(path.join(fnRoot, f, 'index.js')))
    .map((f) => ({
      fn: f,
      raw: fs.statSync(path.join(fnRoot, f, 'index.js')).size,
      gzip: gz(path.join(fnRoot, f, 'index.js')),
      // Libraries the platform installs at upload (only the functions that import them: scripts/build-cloud.ts).
      installs: Object.keys(
        (JSON.parse(fs.readFileSync(path.join(fnRoot, f, 'package.json'), 'utf8')) as { dependencies?: object })
          .dependencies ?? {},
      ).filter((d) => d !== 'wx-server-sdk'),
    }));
  const ok = (n: number, limit: number) => (n <= limit ? '✓' : '✗');
  const rows: (string | number)[][] = [
    ['weapp main package', kb(w.main), '', `≤ 1 MB ${ok(w.main, MB)} (WeChat allows 2 MB)`],
    ...Object.entries(w.subpackages).map(([r, n]) => [
      `weapp subpackage \`${r}\``,
      kb(n),
      '',
      `≤ 2 MB ${ok(n, 2 * MB)}`,
    ]),
    [`H5 first-load JS (${h5.files.join(', ')})`, kb(h5.raw), kb(h5.gzip), ''],
    ...fns.map((f) => [
      `cloud function \`${f.fn}\` (index.js)${f.installs.length ? ` + installed at upload: ${f.installs.join(', ')}` : ''}`,
      kb(f.raw),
      kb(f.gzip),
      `≤ 500 KB ${ok(f.raw, 500 * 1024)}`,
    ]),
  ];
  return [
    `Production builds of the working tree${built.length ? ` (build times: ${built.join(', ')})` : ' (already built)'}. Sizes are bytes on disk; gzip -9 for what travels.`,
    '',
    table(['what', 'size', 'gzip', 'target'], rows),
  ].join('\n');
}
