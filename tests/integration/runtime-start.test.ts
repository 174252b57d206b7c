/** `npm start` as a process: starts on a copied database, refuses a second process, stops cleanly. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomPort, spawnRuntime, waitReady } from './support/runtime-process';
import { templateDir } from './support/template';
import { onPostgres } from './support/test-db';

(onPostgres ? it.skip : it)('refuses a second start on the same data and stops on SIGINT', async () => {
  const dataRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-start-'));
  fs.cpSync(templateDir(), path.join(dataRoot, 'pglite'), { recursive: true });
  const port = randomPort();
  const first = spawnRuntime(dataRoot, port);
  await waitReady(first);
  expect(first.output()).toContain(`打开 http://127.0.0.1:${port}/`);
  expect((await fetch(`${first.url}/healthz`)).status).toBe(200);

  const second = spawnRuntime(dataRoot, port + 1);
  expect(await second.exited).toBe(3);
  expect(second.output()).toMatch(/正被另一个 Linli 进程 \(pid \d+\) 使用/);

  first.child.kill('SIGINT');
  expect(await first.exited).toBe(0);
  expect(fs.existsSync(path.join(dataRoot, 'pglite.lock'))).toBe(false);
  fs.rmSync(dataRoot, { recursive: true, force: true });
}, 60_000);
