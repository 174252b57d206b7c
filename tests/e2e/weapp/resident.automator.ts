/**
 * The same path inside WeChat DevTools via miniprogram-automator. DevTools has no Linux build, so
 * this runs only where WECHAT_DEVTOOLS_CLI points at its CLI; elsewhere it is reported as skipped.
 */
import path from 'node:path';
import type { Spec } from '../support/spec';

export const weappResident: Spec = {
  name: 'weapp (WeChat DevTools): a senior resident sees 重阳敬老宴',
  skip: () =>
    process.env.WECHAT_DEVTOOLS_CLI
      ? null
      : 'WeChat DevTools is not installed here (no Linux build); set WECHAT_DEVTOOLS_CLI to its cli path to run',
  async run() {
    const automator = (await import('miniprogram-automator')).default;
    const mini = await automator.launch({
      cliPath: process.env.WECHAT_DEVTOOLS_CLI,
      projectPath: path.resolve(__dirname, '../../..'),
    });
    try {
      const page = await mini.reLaunch('/packages/dev/pages/login/index');
      await page!.waitFor(2000);
      const buttons = await page!.$$('button');
      for (const b of buttons) if ((await b.text()).includes('张秀英')) await b.tap();
      await page!.waitFor(2000);
      const home = await mini.currentPage();
      const text = await (await home!.$('page'))!.text();
      if (!text.includes('重阳敬老宴')) throw new Error('重阳敬老宴 not on the home page');
    } finally {
      await mini.close();
    }
  },
};
