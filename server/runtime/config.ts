import path from 'node:path';
import type { Mode } from './http';

export interface RuntimeConfig {
  mode: Mode;
  host: string;
  port: number;
  databaseUrl?: string;
  dataRoot: string;
  h5Dir: string;
  buildH5: boolean;
  /**
   * Whether a first start creates the demo community. Local mode with the embedded database: yes unless
   * LINLI_SEED=0. Production (hosting mode, or any DATABASE_URL): only when asked, LINLI_SEED=demo.
   */
  seed: boolean;
  /** Seconds between timer runs (due notices, invariant check); 0 turns the timer off. */
  timerSeconds: number;
  /** Hosts an https picture or evidence link may point at (LINLI_URL_HOSTS, comma-separated). */
  urlHosts: string[];
}

export function urlHostsFromEnv(env: NodeJS.ProcessEnv = process.env): string[] {
  return (env.LINLI_URL_HOSTS ?? '')
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
}

/** The demo community is never written into a production database unless LINLI_SEED=demo says so. */
export function seedWanted(mode: Mode, env: NodeJS.ProcessEnv = process.env): boolean {
  const production = mode === 'hosting' || !!env.DATABASE_URL;
  if (env.LINLI_SEED === 'demo') return true;
  if (production) return false;
  return env.LINLI_SEED !== '0';
}

/** Reads the environment once. Local mode only ever listens on loopback. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): RuntimeConfig {
  const mode: Mode = env.LINLI_MODE === 'hosting' ? 'hosting' : 'local';
  if (env.LINLI_MODE && !['local', 'hosting'].includes(env.LINLI_MODE)) {
    throw new Error(`LINLI_MODE must be local or hosting, not ${env.LINLI_MODE}`);
  }
  if (mode === 'hosting' && !env.DATABASE_URL) {
    throw new Error('Cloud Hosting mode needs DATABASE_URL (PGlite is not a production store for money)');
  }
  const root = path.resolve(__dirname, '../..');
  return {
    mode,
    host: mode === 'local' ? '127.0.0.1' : (env.HOST ?? '0.0.0.0'),
    port: Number(env.PORT ?? 8787),
    databaseUrl: env.DATABASE_URL || undefined,
    dataRoot: path.resolve(env.LINLI_DATA_DIR ?? path.join(root, '.data')),
    h5Dir: path.join(root, 'dist/h5'),
    buildH5: mode === 'local' && env.LINLI_SKIP_H5_BUILD !== '1',
    seed: seedWanted(mode, env),
    timerSeconds: Math.max(0, Number(env.LINLI_TIMER_SECONDS ?? 60) || 0),
    urlHosts: urlHostsFromEnv(env),
  };
}
