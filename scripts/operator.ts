/**
 * `npm run operator -- <command>`: the platform operator's first steps for a deployment, on the same
 * database `npm start` uses (PGlite under LINLI_DATA_DIR/.data, or DATABASE_URL). Whoever can run
 * this already holds the database, so the command acts as the operator `local-operator`; it goes
 * through the same router, rules, audit and invites as the app's operator actions.
 *
 *   npm run operator -- create-community --name 天马社区 --district 都江堰市 --street 天马镇 [--id tianma]
 *   npm run operator -- invite-admin --community tianma
 *   npm run operator -- list
 *
 * PGlite is single-process: stop `npm start` first (or use the 运营 page in the app as an operator).
 */
import path from 'node:path';
import { openDatabase } from '../server/db/client';
import { DataDirLockedError } from '../server/db/lock';
import { migrate } from '../server/db/migrate';
import { dispatch } from '../server/functions/router';
import { ensureUser } from '../server/domain/users/first-sight';
import { readConfig } from '../server/runtime/config';
import { INVITE_QR_PREFIX } from '../server/domain/admin/invites';
import QRCode from 'qrcode';

const OPERATOR = 'local-operator';

function flags(args: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < args.length; i++) {
    if (args[i].startsWith('--')) out[args[i].slice(2)] = args[i + 1] ?? '';
  }
  return out;
}

const USAGE = `用法：
  npm run operator -- create-community --name 天马社区 --district 都江堰市 --street 天马镇 [--id tianma]
  npm run operator -- invite-admin --community tianma
  npm run operator -- list`;

async function main() {
  const [command, ...rest] = process.argv.slice(2);
  const f = flags(rest);
  const calls: Record<string, { action: string; data: Record<string, unknown> }> = {
    'create-community': {
      action: 'createCommunity',
      data: { name: f.name, district: f.district, street: f.street, ...(f.id ? { newId: f.id } : {}) },
    },
    'invite-admin': { action: 'inviteAdmin', data: { communityId: f.community } },
    list: { action: 'communities', data: {} },
  };
  const call = command ? calls[command] : undefined;
  if (!call) {
    console.error(USAGE);
    process.exit(2);
  }
  const config = readConfig({ ...process.env, LINLI_SKIP_H5_BUILD: '1' });
  process.env.LINLI_OPERATORS = [process.env.LINLI_OPERATORS, OPERATOR].filter(Boolean).join(',');
  let database;
  try {
    database = await openDatabase({ url: config.databaseUrl, dataDir: path.join(config.dataRoot, 'pglite') });
  } catch (err) {
    if (err instanceof DataDirLockedError) {
      console.error(`[operator] ${err.message}（请先停止 npm start，或在小程序“我的 → 平台运营”里操作）`);
      process.exit(3);
    }
    throw err;
  }
  try {
    await migrate(database);
    await ensureUser(database.db, OPERATOR);
    const { reply } = await dispatch(
      { db: database.db },
      'operator',
      { action: call.action, data: call.data, requestKey: `cli-${Date.now()}-${process.pid}` },
      { openid: OPERATOR },
    );
    if (!reply.ok) {
      console.error(`[operator] ${reply.error.code}：${reply.error.message}${reply.error.field ? `（${reply.error.field}）` : ''}`);
      process.exitCode = 1;
      return;
    }
    const data = reply.data as Record<string, unknown> | Record<string, unknown>[];
    if (command === 'list') {
      for (const c of data as Record<string, unknown>[]) {
        console.log(`${c.id}\t${c.name}\t${c.district}${c.street}\t居民 ${c.members}\t管理员 ${c.admins}\t未办结诉求 ${c.openAppeals}\t活动 ${c.events}`);
      }
    } else if (command === 'create-community') {
      const c = data as Record<string, unknown>;
      console.log(`已创建社区：${c.name}（编号 ${c.id}，${c.district}${c.street}）`);
      console.log(`下一步：npm run operator -- invite-admin --community ${c.id}`);
    } else {
      const i = data as Record<string, unknown>;
      console.log(`${i.communityName} 管理员邀请码：${i.code}`);
      console.log(`有效期至 ${new Date(String(i.expiresAt)).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai' })}，只能使用一次。`);
      console.log('在小程序“我的 → 使用邀请码”输入，或扫描下面的二维码：');
      console.log(await QRCode.toString(INVITE_QR_PREFIX + String(i.code), { type: 'terminal', small: true }));
    }
  } finally {
    await database.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
