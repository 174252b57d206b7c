/**
 * `npm run build:cloud`: one esbuild bundle per cloud function in cloudfunctions/<fn>/ (wx-server-sdk
 * and PGlite left external), each with its own package.json, ready to upload from WeChat DevTools.
 */
import fs from 'node:fs';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';
import { contract } from '../types/contract';

const root = path.resolve(__dirname, '..');
const outRoot = path.join(root, 'cloudfunctions');

/**
 * zod's `z` namespace re-exports every locale (`z.locales`, ~250 KB minified) and `z.fromJSONSchema`;
 * the server uses neither (English messages are zod's built-in default, ours are mapped by the router).
 * Keep them out of the bundles: the locale list becomes English only, fromJSONSchema a function that throws.
 */
const zodTrim: Plugin = {
  name: 'zod-trim',
  setup(b) {
    b.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, () => ({
      contents: 'export { default as en } from "./en.js";\n',
      loader: 'js',
    }));
    b.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]classic[\\/]from-json-schema\.js$/ }, () => ({
      contents: 'export function fromJSONSchema() { throw new Error("fromJSONSchema is not in the cloud bundle"); }\n',
      loader: 'js',
    }));
  },
};

/**
 * Heavy libraries one domain uses (the ticket's QR code; exceljs for spreadsheets) are not bundled:
 * a function whose code imports one lists it in its own package.json, and the platform installs it
 * at upload (as for wx-server-sdk). A function that does not import it neither carries nor installs it.
 */
const INSTALLED_AT_UPLOAD = ['qrcode', 'exceljs'];

function versionOf(pkg: string): string {
  const own = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
    dependencies?: Record<string, string>;
  };
  const v = own.dependencies?.[pkg];
  if (!v) throw new Error(`${pkg} is installed at upload but is not in package.json dependencies`);
  return v;
}

export async function buildCloud(): Promise<{ fn: string; bytes: number; installs: string[] }[]> {
  const results: { fn: string; bytes: number; installs: string[] }[] = [];
  // One bundle per contract function, plus the timer (no actions; fired by its trigger).
  for (const fn of [...Object.keys(contract), 'timer']) {
    const outDir = path.join(outRoot, fn);
    fs.rmSync(outDir, { recursive: true, force: true });
    const built = await build({
      entryPoints: [path.join(root, 'server/functions', fn, 'index.ts')],
      outfile: path.join(outDir, 'index.js'),
      bundle: true,
      platform: 'node',
      target: 'node16',
      format: 'cjs',
      minify: true,
      legalComments: 'none',
      external: ['wx-server-sdk', '@electric-sql/pglite', 'pg-native', ...INSTALLED_AT_UPLOAD],
      metafile: true,
      tsconfig: path.join(root, 'tsconfig.json'),
      logLevel: 'warning',
      plugins: [zodTrim],
    });
    // The heavy libraries this function's own code imports (esbuild records them as external imports).
    const imported = new Set(
      Object.values(built.metafile.outputs).flatMap((o) => o.imports.filter((i) => i.external).map((i) => i.path)),
    );
    const installs = INSTALLED_AT_UPLOAD.filter((p) => imported.has(p));
    const dependencies: Record<string, string> = { 'wx-server-sdk': '~3.0.1' };
    for (const p of installs) dependencies[p] = versionOf(p);
    fs.writeFileSync(
      path.join(outDir, 'package.json'),
      JSON.stringify(
        { name: fn, version: '1.0.0', main: 'index.js', dependencies },
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
    results.push({ fn, bytes: fs.statSync(path.join(outDir, 'index.js')).size, installs });
  }
  return results;
}

if (require.main === module) {
  buildCloud()
    .then((rows) => {
      for (const r of rows)
        console.log(
          `cloudfunctions/${r.fn}/index.js  ${(r.bytes / 1024).toFixed(1)} KB${r.installs.length ? `  (+ installed at upload: ${r.installs.join(', ')})` : ''}`,
        );
    })
    .catch((err) => {
      console.error(err);
      process.exit(1);
    });
}
