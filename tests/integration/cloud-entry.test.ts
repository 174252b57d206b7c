/** The WeChat cloud entry: OPENID from getWXContext only; the platform's userInfo is not our envelope. */
import { contract } from '@linli/types';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { makeCloudMain } from '../../server/functions/cloud-entry';
import { handlers as communityHandlers } from '../../server/functions/community/handlers';
import { seededApi } from './support/seeded';

const { t } = seededApi();

const mainFor = (openid: string | undefined) =>
  makeCloudMain('community', communityHandlers, {
    sdk: () => ({ init: () => {}, DYNAMIC_CURRENT_ENV: null, getWXContext: () => ({ OPENID: openid }) }),
    database: async () => t.database,
  });

it('answers as the caller named by getWXContext, whatever userInfo says', async () => {
  const reply = await mainFor('demo-elder')({
    action: 'home',
    data: { communityId: 'bijiqiao' },
    userInfo: { appId: 'wx123', openId: 'demo-admin' },
  });
  expect(reply).toMatchObject({ ok: true, data: { community: { name: '碧鸡桥社区' } } });
});

it('refuses a call with no OPENID and a body that names an openid', async () => {
  expect(await mainFor(undefined)({ action: 'home', data: { communityId: 'bijiqiao' } })).toMatchObject({
    ok: false,
    error: { code: 'AUTH.REQUIRED' },
  });
  expect(await mainFor('demo-elder')({ action: 'home', data: { communityId: 'bijiqiao', openid: 'demo-admin' } })).toMatchObject({
    ok: false,
    error: { code: 'AUTH.IDENTITY_IN_BODY' },
  });
});

it('builds bundles that load without the WeChat SDK installed, export main and carry only their own domain', () => {
  const root = path.resolve(__dirname, '../..');
  execFileSync(process.execPath, [require.resolve('tsx/cli'), 'scripts/build-cloud.ts'], { cwd: root, env: { ...process.env, NODE_OPTIONS: '' } });
  for (const fn of Object.keys(contract)) {
    const bundle = path.join(root, 'cloudfunctions', fn, 'index.js');
    expect(fs.statSync(bundle).size).toBeLessThan(500 * 1024);
    const out = execFileSync(process.execPath, ['-e', `console.log(typeof require(${JSON.stringify(bundle)}).main)`], {
      env: { ...process.env, NODE_OPTIONS: '' },
    });
    expect(out.toString().trim()).toBe('function');
  }
  // The sign-up service (its own message text) is in the events bundle, not in community's or shop's.
  // esbuild writes non-ASCII text as \uXXXX escapes.
  const text = (fn: string) => fs.readFileSync(path.join(root, 'cloudfunctions', fn, 'index.js'), 'utf8');
  const signupText = '本活动每份报名最多'.replace(/[^ -~]/g, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase()}`);
  expect(text('events')).toContain(signupText);
  expect(text('community')).not.toContain(signupText);
  expect(text('shop')).not.toContain(signupText);
});
