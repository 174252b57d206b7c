/** Runs `npm start`'s entry as a child process on a given data folder, for process-level tests. */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '../../..');

export interface RuntimeProcess {
  child: ChildProcess;
  port: number;
  url: string;
  output(): string;
  exited: Promise<number | null>;
}

export function spawnRuntime(dataRoot: string, port: number): RuntimeProcess {
  // One process (tsx as a loader, not its CLI wrapper), so a SIGKILL hits the server itself.
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/runtime/main.ts'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: '', LINLI_SKIP_H5_BUILD: '1', NODE_OPTIONS: '', LINLI_DATA_DIR: dataRoot, LINLI_TIMER_SECONDS: '0', PORT: String(port) },
  });
  let text = '';
  child.stdout!.on('data', (d) => (text += d));
  child.stderr!.on('data', (d) => (text += d));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return { child, port, url: `http://127.0.0.1:${port}`, output: () => text, exited };
}

export async function waitReady(rt: RuntimeProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!rt.output().includes('打开 http://127.0.0.1')) {
    if (rt.child.exitCode !== null) throw new Error(`runtime exited:\n${rt.output()}`);
    if (Date.now() > deadline) throw new Error(`runtime not ready:\n${rt.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export const randomPort = () => 20000 + Math.floor(Math.random() * 30000);
