/** `npm start` as a process: starts on a copied database, refuses a second process, stops cleanly. */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { templateDir } from './support/template';
import { onPostgres } from './support/test-db';

const root = path.resolve(__dirname, '../..');
const run = (env: Record<string, string>) =>
  spawn(process.execPath, [require.resolve('tsx/cli'), 'server/runtime/main.ts'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: '', LINLI_SKIP_H5_BUILD: '1', NODE_OPTIONS: '', ...env },
  });

function output(child: ChildProcess) {
  let text = '';
  child.stdout!.on('data', (d) => (text += d));
  child.stderr!.on('data', (d) => (text += d));
  return () => text;
}
const exited = (child: ChildProcess) => new Promise<number | null>((r) => child.on('exit', (code) => r(code)));

(onPostgres ? it.skip : it)('refuses a second start on the same data and stops on SIGINT', async () => {
  const dataRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-start-'));
  fs.cpSync(templateDir(), path.join(dataRoot, 'pglite'), { recursive: true });
  const port = String(20000 + Math.floor(Math.random() * 20000));
  const first = run({ LINLI_DATA_DIR: dataRoot, PORT: port });
  const firstOut = output(first);
  const deadline = Date.now() + 45_000;
  while (!firstOut().includes('打开 http://127.0.0.1') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  expect(firstOut()).toContain(`打开 http://127.0.0.1:${port}/`);
  const health = await fetch(`http://127.0.0.1:${port}/healthz`);
  expect(health.status).toBe(200);

  const second = run({ LINLI_DATA_DIR: dataRoot, PORT: String(Number(port) + 1) });
  const secondOut = output(second);
  expect(await exited(second)).toBe(3);
  expect(secondOut()).toMatch(/正被另一个 Linli 进程 \(pid \d+\) 使用/);

  first.kill('SIGINT');
  expect(await exited(first)).toBe(0);
  expect(fs.existsSync(path.join(dataRoot, 'pglite.lock'))).toBe(false);
  fs.rmSync(dataRoot, { recursive: true, force: true });
});
