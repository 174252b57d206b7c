/**
 * Size of the weapp build: the main package (everything outside subpackage roots) and each
 * subpackage, against WeChat's 2 MB per-package limit. Exits 1 when the main package exceeds
 * LINLI_MAX_MAIN_KB (default 1536 KB) so CI fails before WeChat would.
 */
import fs from 'node:fs';
import path from 'node:path';

const dist = path.resolve(__dirname, '../dist/weapp');

function sizeOf(p: string): number {
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.size;
  return fs.readdirSync(p).reduce((sum, f) => sum + sizeOf(path.join(p, f)), 0);
}

export function weappSizes(dir = dist): { main: number; subpackages: Record<string, number> } {
  const app = JSON.parse(fs.readFileSync(path.join(dir, 'app.json'), 'utf8')) as {
    subPackages?: { root: string }[];
    subpackages?: { root: string }[];
  };
  const roots = (app.subPackages ?? app.subpackages ?? []).map((s) => s.root.replace(/\/$/, ''));
  const subpackages: Record<string, number> = {};
  for (const r of roots) subpackages[r] = fs.existsSync(path.join(dir, r)) ? sizeOf(path.join(dir, r)) : 0;
  const total = sizeOf(dir);
  return { main: total - Object.values(subpackages).reduce((a, b) => a + b, 0), subpackages };
}

if (require.main === module) {
  if (!fs.existsSync(path.join(dist, 'app.json'))) {
    console.error('dist/weapp/app.json not found: run `npm run build:weapp` first');
    process.exit(2);
  }
  const limitKb = Number(process.env.LINLI_MAX_MAIN_KB ?? 1536);
  const { main, subpackages } = weappSizes();
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  console.log(`weapp main package: ${kb(main)} (limit ${limitKb} KB; WeChat allows 2048 KB)`);
  for (const [root, n] of Object.entries(subpackages)) console.log(`weapp subpackage ${root}: ${kb(n)}`);
  if (main > limitKb * 1024) {
    console.error(`weapp main package ${kb(main)} is above ${limitKb} KB`);
    process.exit(1);
  }
}
