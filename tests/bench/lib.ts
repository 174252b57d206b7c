/** Shared helpers for the benchmarks: timing, tables, databases, the runtime as a child process. */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';

export const ROOT = path.resolve(__dirname, '../..');
export const DOC = path.join(ROOT, 'docs/BENCHMARKS.md');

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Runs `work` over `items` with at most `inFlight` at once. */
export async function pool<T>(items: T[], inFlight: number, work: (item: T, i: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(inFlight, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        await work(items[i], i);
      }
    }),
  );
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export interface Timing {
  n: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p99: number;
}

export function timing(latencies: number[], seconds: number): Timing {
  const s = [...latencies].sort((a, b) => a - b);
  return {
    n: s.length,
    seconds,
    perSecond: s.length / seconds,
    p50: percentile(s, 50),
    p99: percentile(s, 99),
  };
}

export const ms = (n: number) => `${n.toFixed(1)} ms`;
export const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export function table(head: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

export function shuffle<T>(a: T[]): T[] {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

export function machine(): string {
  const cpu = os.cpus();
  const pg = process.env.BENCH_PG_VERSION ?? '';
  return `${cpu.length} × ${cpu[0]?.model.trim() ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}${pg ? `, ${pg}` : ''}; load average at start ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} (the machine is shared)`;
}

/** Replaces the section between `<!-- bench:NAME -->` markers in docs/BENCHMARKS.md (adds it if missing). */
export function writeSection(name: string, body: string): void {
  const start = `<!-- bench:${name}:start -->`;
  const end = `<!-- bench:${name}:end -->`;
  const stamp = `_Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine()}._`;
  const block = `${start}\n${stamp}\n\n${body.trim()}\n${end}`;
  let doc = fs.existsSync(DOC) ? fs.readFileSync(DOC, 'utf8') : '# Benchmarks\n';
  const a = doc.indexOf(start);
  const b = doc.indexOf(end);
  doc =
    a >= 0 && b > a ? doc.slice(0, a) + block + doc.slice(b + end.length) : `${doc.trimEnd()}\n\n${block}\n`;
  fs.writeFileSync(DOC, doc);
}

// ---------- PostgreSQL: a database of our own per run ----------

export const PG_ADMIN = process.env.BENCH_PG_URL ?? 'postgres://root@127.0.0.1:5432/postgres';

export async function pgAvailable(): Promise<boolean> {
  const c = new Client({ connectionString: PG_ADMIN, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    const { rows } = await c.query<{ v: string }>('select version() as v');
    process.env.BENCH_PG_VERSION = rows[0].v.split(' on ')[0];
    return true;
  } catch {
    return false;
  } finally {
    await c.end().catch(() => undefined);
  }
}

export async function createPgDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `linli_bench_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const c = new Client({ connectionString: PG_ADMIN });
  await c.connect();
  await c.query(`create database ${name}`);
  await c.end();
  const u = new URL(PG_ADMIN);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    async drop() {
      const d = new Client({ connectionString: PG_ADMIN });
      await d.connect();
      await d.query(`drop database if exists ${name} with (force)`);
      await d.end();
    },
  };
}

export function tmpDir(tag: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `linli-bench-${tag}-`));
}

// ---------- the HTTP runtime as one child process ----------

export interface Runtime {
  child: ChildProcess;
  url: string;
  output(): string;
  stop(): Promise<void>;
}

export async function startRuntime(env: {
  dataRoot: string;
  databaseUrl?: string;
  extra?: NodeJS.ProcessEnv;
}): Promise<Runtime> {
  const port = 20000 + Math.floor(Math.random() * 30000);
  // BENCH_RUNTIME_PROF=dir: a CPU profile of each runtime, written there when it stops.
  const prof = process.env.BENCH_RUNTIME_PROF ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_RUNTIME_PROF] : [];
  const child = spawn(process.execPath, [...prof, '--import', 'tsx', 'server/runtime/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: env.databaseUrl ?? '',
      LINLI_SKIP_H5_BUILD: '1',
      LINLI_SEED: '0',
      LINLI_MODE: 'local',
      NODE_OPTIONS: '',
      LINLI_DATA_DIR: env.dataRoot,
      PORT: String(port),
      ...env.extra,
    },
  });
  let text = '';
  child.stdout!.on('data', (d) => (text += d));
  child.stderr!.on('data', (d) => (text += d));
  const exited = new Promise<void>((r) => child.on('exit', () => r()));
  const deadline = Date.now() + 90_000;
  while (!text.includes('打开 http://127.0.0.1')) {
    if (child.exitCode !== null) throw new Error(`runtime exited:\n${text}`);
    if (Date.now() > deadline) throw new Error(`runtime not ready:\n${text}`);
    await sleep(50);
  }
  return {
    child,
    url: `http://127.0.0.1:${port}`,
    output: () => text,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

/** The reply shape of the functions (and of the dev login). */
export interface JsonReply {
  ok?: boolean;
  data?: unknown;
  error?: { code: string; message: string };
}

/** A small keep-alive JSON client (node:http, no extra dependency). */
export function jsonClient(base: string, sockets: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: sockets });
  const u = new URL(base);
  return {
    post(
      pathname: string,
      body: unknown,
      headers: Record<string, string> = {},
    ): Promise<{ status: number; body: JsonReply }> {
      const payload = Buffer.from(JSON.stringify(body));
      return new Promise((resolve, reject) => {
        const req = http.request(
          {
            agent,
            host: u.hostname,
            port: u.port,
            path: pathname,
            method: 'POST',
            headers: { 'content-type': 'application/json', 'content-length': payload.length, ...headers },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => {
              try {
                resolve({
                  status: res.statusCode ?? 0,
                  body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as JsonReply,
                });
              } catch (err) {
                reject(err);
              }
            });
            res.on('error', reject);
          },
        );
        req.on('error', reject);
        req.end(payload);
      });
    },
    close: () => agent.destroy(),
  };
}
