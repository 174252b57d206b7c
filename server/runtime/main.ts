/**
 * `npm start`: one process on 127.0.0.1 that builds the H5 app if needed, opens the database
 * (PGlite under .data/ unless DATABASE_URL), migrates, seeds the demo community on first run,
 * and serves the app, the functions and the dev login.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { openDatabase, type Database } from '../db/client';
import { DataDirLockedError } from '../db/lock';
import { migrate } from '../db/migrate';
import { isSeeded, seedDemo } from '../seed/seed';
import { createDevAuth, loadDevSecret } from './dev-auth';
import { createHttpServer } from './http';
import { readConfig } from './config';
import { setAllowedUrlHosts } from '@linli/types';
import { cloudHostingSubscribeApi, logSender } from '../domain/notify/senders';
import { productionSender } from '../domain/notify/production';
import { runTimer } from '../domain/notify/timer';
import { setFileStore } from '../domain/files/storage';
import { createLocalStore } from '../storage/local-store';

function buildH5(root: string): Promise<void> {
  console.log('[linli] 正在构建 H5 页面（首次约 30–60 秒）…');
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [require.resolve('@tarojs/cli/bin/taro'), 'build', '--type', 'h5'],
      {
        cwd: root,
        stdio: ['ignore', 'ignore', 'inherit'],
        env: { ...process.env, NODE_ENV: 'production' },
      },
    );
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`H5 build failed (exit ${code})`)),
    );
  });
}

async function main() {
  const started = Date.now();
  const config = readConfig();
  setAllowedUrlHosts(config.urlHosts);
  const root = path.resolve(__dirname, '../..');
  const needH5 = config.buildH5 && !fs.existsSync(path.join(config.h5Dir, 'index.html'));
  const h5 = needH5 ? buildH5(root) : Promise.resolve();

  let database: Database;
  try {
    database = await openDatabase({ url: config.databaseUrl, dataDir: path.join(config.dataRoot, 'pglite') });
  } catch (err) {
    if (err instanceof DataDirLockedError) {
      console.error(`[linli] ${err.message}`);
      process.exit(3);
    }
    throw err;
  }
  await migrate(database);
  // Uploads live beside the database. (Cloud Hosting's disk does not last: it needs cloud storage.)
  setFileStore(createLocalStore(path.join(config.dataRoot, 'files')));
  if (config.seed && !(await isSeeded(database.db))) {
    const { people, events } = await seedDemo(database.db);
    console.log(`[linli] 已创建演示社区 碧鸡桥社区：${people} 位居民，${events} 个活动`);
  }
  await h5;

  const server = createHttpServer({
    db: database.db,
    mode: config.mode,
    devAuth: config.mode === 'local' ? createDevAuth(loadDevSecret(config.dataRoot)) : undefined,
    staticDir: config.mode === 'local' ? config.h5Dir : undefined,
  });
  server.listen(config.port, config.host, () => {
    const url = `http://${config.host}:${config.port}/`;
    console.log(
      `[linli] ${config.mode} 模式，数据库 ${database.kind}，${((Date.now() - started) / 1000).toFixed(1)} 秒就绪`,
    );
    console.log(`[linli] 打开 ${url}`);
  });

  // The timer: locally notices are printed (there is no WeChat or SMS here) and kept in the outbox; in
  // Cloud Hosting they go out through the open-API service and the SMS provider. A run still going when the next is due is not doubled.
  const sender = config.mode === 'local' ? logSender() : productionSender(cloudHostingSubscribeApi());
  let timerBusy = false;
  const tick = async () => {
    if (timerBusy) return;
    timerBusy = true;
    try {
      const r = await runTimer(database.db, sender);
      if (r.notices.picked || r.invariants.some((i) => !i.ok))
        console.log(`[linli] 定时任务：${JSON.stringify(r)}`);
    } catch (err) {
      console.error('[linli] 定时任务出错：', err instanceof Error ? err.message : err);
    } finally {
      timerBusy = false;
    }
  };
  const timer = config.timerSeconds > 0 ? setInterval(() => void tick(), config.timerSeconds * 1000) : null;

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    if (timer) clearInterval(timer);
    console.log(`[linli] 收到 ${signal}，正在停止…`);
    server.close();
    server.closeAllConnections();
    while (timerBusy) await new Promise((r) => setTimeout(r, 50));
    await database.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((err) => {
  console.error('[linli] 启动失败：', err instanceof Error ? err.message : err);
  process.exit(1);
});
