/**
 * A community office at its desk (H5 on a PC): 王芳 (staff) downloads the resident template, fills in 500 residents,
 * uploads it, reads the dry run, imports; posts a 通知公告; 张秀英 then sees it on 首页 and opens it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator } from 'playwright-core';
import { settle, shot } from '../support/browser';
import { loginAs, open } from '../support/login';
import { expectText, type Spec } from '../support/spec';
import { fillTemplate, residents } from '../../integration/support/roster-sheet';

function buttonIn(scope: Locator, text: string | RegExp): Locator {
  return scope.locator('button, taro-button-core, .nut-button', { hasText: text }).first();
}

const TITLE = '本周六上午停水通知';

export const staffImportsAndAnnounces: Spec = {
  name: 'staff import a 500-row sheet and post an announcement a resident sees',
  async run({ url, context, screenshots }) {
    const page = await context.newPage();
    try {
      await loginAs(page, url, '王芳');
      await page.setViewportSize({ width: 1280, height: 900 });
      await open(page, url, '/packages/admin/pages/import/index');
      const scope = page.locator('.import').first();
      await scope.waitFor({ timeout: 15_000 });
      await settle(page);

      const [download] = await Promise.all([page.waitForEvent('download'), buttonIn(scope, '下载导入模板').click()]);
      expectText(download.suggestedFilename(), '居民名册导入模板.xlsx', 'the template download');
      const template = fs.readFileSync((await download.path())!);
      const sheet = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'linli-e2e-')), '居民名册.xlsx');
      fs.writeFileSync(sheet, await fillTemplate(template, residents(500, 13600000000)));

      const [chooser] = await Promise.all([page.waitForEvent('filechooser'), buttonIn(scope, '选择填好的表格并预检').click()]);
      await chooser.setFiles(sheet);
      await scope.getByText('新登记 500 人').waitFor({ timeout: 60_000 });
      expectText(await scope.innerText(), '有问题 0 行', 'the dry run');
      screenshots.push(await shot(page, 'import-dry-run'));

      await buttonIn(scope, '确认导入 500 人').click();
      await scope.getByText('导入完成').waitFor({ timeout: 60_000 });
      expectText(await scope.innerText(), '新登记 500 人', 'the import result');
      screenshots.push(await shot(page, 'import-done'));

      await page.setViewportSize({ width: 390, height: 844 });
      await open(page, url, '/packages/announcements/pages/manage/index');
      const form = page.locator('.ann-manage').first();
      await form.waitFor({ timeout: 15_000 });
      await settle(page);
      await form.locator('input[placeholder="例如：本周六停水通知"]').fill(TITLE);
      await form.locator('textarea').first().fill('周六 9:00–12:00 碧鸡苑停水检修，请提前储水。');
      await form.locator('.chip', { hasText: '置顶' }).last().click();
      await buttonIn(form, '发布').click();
      await form.getByText(`已发布：${TITLE}`).waitFor({ timeout: 15_000 });
      screenshots.push(await shot(page, 'announcement-posted'));

      await loginAs(page, url, '张秀英');
      const card = page.locator('.ann-card').first();
      await card.waitFor({ timeout: 15_000 });
      expectText(await card.innerText(), TITLE, '首页 of 张秀英');
      screenshots.push(await shot(page, 'home-announcement'));
      await card.getByText(TITLE).click();
      await page.locator('.announcement').first().getByText('提前储水').waitFor({ timeout: 15_000 });
      screenshots.push(await shot(page, 'announcement-detail'));
    } finally {
      await page.close();
    }
  },
};
