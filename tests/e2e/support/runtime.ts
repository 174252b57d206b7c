/** Starts `npm start`'s runtime on a fresh data directory and a free port, for one e2e run. */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '../../..');

export interface Runtime {
  url: string;
  stop(): Promise<void>;
}

export async function startRuntime(): Promise<Runtime> {
  const dataRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'linli-e2e-'));
  const port = String(30000 + Math.floor(Math.random() * 20000));
  const child: ChildProcess = spawn(process.execPath, [require.resolve('tsx/cli'), 'server/runtime/main.ts'], {
    cwd: root,
    // The platform operator of the admin spec is configuration, as in production.
    env: { ...process.env, DATABASE_URL: '', LINLI_DATA_DIR: dataRoot, PORT: port, LINLI_OPERATORS: 'e2e-operator' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const deadline = Date.now() + 180_000;
  while (!out.includes('打开 http://')) {
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`runtime did not start:\n${out}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url: `http://127.0.0.1:${port}/`,
    async stop() {
      child.kill('SIGINT');
      await new Promise((r) => child.once('exit', r));
      fs.rmSync(dataRoot, { recursive: true, force: true });
    },
  };
}
