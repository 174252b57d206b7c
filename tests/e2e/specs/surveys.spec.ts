/**
 * 民心测评 (issue 14) in the browser: 王芳 (staff) opens this quarter's round and adds 杨书记 as a cadre
 * with duties; 李明, a resident, goes from 首页 to the round and rates 杨书记 满意 with one tap; the
 * page then says it is rated without ever showing it back from the server. The seeded last quarter's
 * results page shows figures and no names.
 */
import type { Page } from 'playwright-core';
import { button, settle, shot } from '../support/browser';
import { loginAs, open } from '../support/login';
import { expectText, type Spec } from '../support/spec';

const PHONE = { width: 375, height: 812 };
const visiblePage = (page: Page) => page.locator('.page:visible').first();

export const surveysRound: Spec = {
  name: 'surveys: staff open the quarterly round with a cadre, a resident rates the cadre from 首页',
  async run({ url, context, screenshots }) {
    const page = await context.newPage();
    await page.setViewportSize(PHONE);

    // 1. 王芳 opens the round (default title: this quarter) and adds 杨书记.
    await loginAs(page, url, '王芳');
    await open(page, url, '/packages/surveys/pages/manage/index');
    await button(page, '开启民心测评').waitFor({ timeout: 15_000 });
    await button(page, '开启民心测评').click();
    await page
      .getByText(/进行中：.*季度/)
      .first()
      .waitFor({ timeout: 15_000 });
    await page.locator('[role="radio"]:visible', { hasText: '杨书记' }).first().click();
    await page.locator('.survey-manage textarea:visible').first().fill('社区党委书记：全面工作、协商议事');
    await button(page, /^添加$/).click();
    await page.getByText('已添加“杨书记”').first().waitFor({ timeout: 15_000 });
    await settle(page);
    screenshots.push(await shot(page, 'surveys-staff-round'));

    // 2. 李明 sees the card on 首页 and rates 杨书记 满意 in one tap on the round page.
    await loginAs(page, url, '李明');
    await open(page, url, '/pages/home/index');
    const card = page.locator('.survey-card__main:visible').first();
    await card.waitFor({ timeout: 15_000 });
    expectText(await card.innerText(), '还有 1 项', '首页 survey card');
    await card.scrollIntoViewIfNeeded();
    screenshots.push(await shot(page, 'surveys-home-card'));
    await card.click();
    await page
      .locator('[role="button"][aria-label="满意：杨书记"]:visible')
      .first()
      .waitFor({ timeout: 15_000 });
    await settle(page);
    screenshots.push(await shot(page, 'surveys-resident-round'));
    await page.locator('[role="button"][aria-label="满意：杨书记"]:visible').first().click();
    await page.getByText('已提交对“杨书记”的评价').first().waitFor({ timeout: 15_000 });
    await page.getByText('已评价，谢谢您').first().waitFor({ timeout: 5_000 });
    await settle(page);
    screenshots.push(await shot(page, 'surveys-resident-rated'));

    // 3. Coming back: the server says it is rated (one rating per round), no buttons left.
    await open(page, url, '/pages/home/index');
    await open(page, url, '/packages/surveys/pages/rate/index');
    await page.getByText('已评价，谢谢您').first().waitFor({ timeout: 15_000 });
    if ((await page.locator('[aria-label="满意：杨书记"]:visible').count()) !== 0)
      throw new Error('rating buttons still shown after rating');

    // 4. Last quarter's results (seeded): figures per cadre, comments without names.
    await open(page, url, '/packages/surveys/pages/results/index');
    await page.getByText('社区整体满意度').first().waitFor({ timeout: 15_000 });
    const text = await visiblePage(page).innerText();
    expectText(text, '王芳', 'results page');
    expectText(text, '满意度', 'results page');
    expectText(text, '居民意见（不显示姓名）', 'results page');
    await settle(page);
    screenshots.push(await shot(page, 'surveys-results'));
    await page.close();
  },
};
