/**
 * First screen of the H5 build (dist/h5) in Debian chromium with a phone profile (390×844, DPR 2,
 * touch, zh-CN): first contentful paint, cold cache each run (a new profile directory), served by
 * the local runtime on loopback with the demo data. Once as-is and once with the CPU slowed 4× (a
 * mid-range phone). Also the JavaScript actually fetched before the page settles.
 */
import fs from 'node:fs';
import { chromium } from 'playwright-core';
import { launch } from '../e2e/support/browser';
import { seedDemo } from '../../server/seed/seed';
import { openDatabase } from '../../server/db/client';
import { migrate } from '../../server/db/migrate';
import path from 'node:path';
import { kb, ms, ROOT, startRuntime, table, tmpDir } from './lib';

const RUNS = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function oneLoad(url: string, slowdown: number) {
  const profile = tmpDir('chromium');
  const ctx = await launch(profile);
  try {
    const page = ctx.pages()[0] ?? (await ctx.newPage());
    const cdp = await ctx.newCDPSession(page);
    if (slowdown > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
    await page.goto(url, { waitUntil: 'load' });
    // A string, not a function: tsx would wrap a function with helpers the page does not have.
    const fcp = (await page.evaluate(`new Promise((resolve) => {
      const found = () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
      if (found() !== undefined) return resolve(found());
      new PerformanceObserver(() => { if (found() !== undefined) resolve(found()); }).observe({ type: 'paint', buffered: true });
      setTimeout(() => resolve(NaN), 15000);
    })`)) as number;
    await page.waitForLoadState('networkidle').catch(() => undefined);
    const jsBytes = (await page.evaluate(`performance.getEntriesByType('resource')
      .filter((r) => r.name.endsWith('.js')).reduce((a, r) => a + r.decodedBodySize, 0)`)) as number;
    return { fcp, jsBytes };
  } finally {
    await ctx.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

export async function fcp(): Promise<string> {
  if (!fs.existsSync(path.join(ROOT, 'dist/h5/index.html')))
    throw new Error('dist/h5 missing: NODE_ENV=production npm run build:h5 first');
  if (!fs.existsSync('/usr/bin/chromium') && !process.env.CHROMIUM_PATH)
    throw new Error('chromium not installed (apt-get install chromium)');
  const dataRoot = tmpDir('fcp');
  const d = await openDatabase({ dataDir: path.join(dataRoot, 'pglite') });
  await migrate(d);
  await seedDemo(d.db);
  await d.close();
  const rt = await startRuntime({ dataRoot });
  try {
    const rows: (string | number)[][] = [];
    for (const slowdown of [1, 4]) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) runs.push(await oneLoad(`${rt.url}/`, slowdown));
      const f = runs.map((r) => r.fcp);
      rows.push([
        slowdown === 1 ? 'phone profile' : 'phone profile, CPU 4× slower',
        ms(median(f)),
        `${ms(Math.min(...f))} – ${ms(Math.max(...f))}`,
        kb(median(runs.map((r) => r.jsBytes))),
      ]);
      console.log(`[fcp] ${rows[rows.length - 1].join(' | ')}`);
    }
    return [
      `Chromium ${await chromiumVersion()}, headless, cold cache per run, served by the local runtime on loopback (no network throttling), median of ${RUNS}. The page is the app's entry (首页) as a first-time visitor without a session. "JS loaded" is every script fetched until the network is idle (decoded size, from Resource Timing).`,
      '',
      table(['profile', 'first contentful paint (median)', 'range', 'JS loaded (decoded)'], rows),
    ].join('\n');
  } finally {
    await rt.stop();
    fs.rmSync(dataRoot, { recursive: true, force: true });
  }
}

async function chromiumVersion(): Promise<string> {
  const b = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--headless'],
  });
  const v = b.version();
  await b.close();
  return v;
}
