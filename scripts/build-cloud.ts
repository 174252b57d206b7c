/**
 * `npm run build:cloud`: one esbuild bundle per cloud function in cloudfunctions/<fn>/ (wx-server-sdk
 * and PGlite left external), each with its own package.json, ready to upload from WeChat DevTools.
 */
import fs from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { contract } from '../types/contract';

const root = path.resolve(__dirname, '..');
const outRoot = path.join(root, 'cloudfunctions');

export async function buildCloud(): Promise<{ fn: string; bytes: number }[]> {
  const results: { fn: string; bytes: number }[] = [];
  // One bundle per contract function, plus the timer (no actions; fired by its trigger).
  for (const fn of [...Object.keys(contract), 'timer']) {
    const outDir = path.join(outRoot, fn);
    fs.rmSync(outDir, { recursive: true, force: true });
    await build({
      entryPoints: [path.join(root, 'server/functions', fn, 'index.ts')],
      outfile: path.join(outDir, 'index.js'),
      bundle: true,
      platform: 'node',
      target: 'node16',
      format: 'cjs',
      minify: true,
      legalComments: 'none',
      external: ['wx-server-sdk', '@electric-sql/pglite', 'pg-native'],
      tsconfig: path.join(root, 'tsconfig.json'),
      logLevel: 'warning',
    });
    fs.writeFileSync(
      path.join(outDir, 'package.json'),
      JSON.stringify(
        { name: fn, version: '1.0.0', main: 'index.js', dependencies: { 'wx-server-sdk': '~3.0.1' } },
        null,
        2,
      ) + '\n',
    );
    if (fn === 'timer') {
      // Every minute; and the openapi permission for subscription messages.
      fs.writeFileSync(
        path.join(outDir, 'config.json'),
        JSON.stringify(
          {
            permissions: { openapi: ['subscribeMessage.send'] },
            triggers: [{ name: 'every-minute', type: 'timer', config: '0 */1 * * * * *' }],
          },
          null,
          2,
        ) + '\n',
      );
    }
    results.push({ fn, bytes: fs.statSync(path.join(outDir, 'index.js')).size });
  }
  return results;
}

if (require.main === module) {
  buildCloud()
    .then((rows) => {
      for (const r of rows) console.log(`cloudfunctions/${r.fn}/index.js  ${(r.bytes / 1024).toFixed(1)} KB`);
    })
    .catch((err) => {
      console.error(err);
      process.exit(1);
    });
}
