/**
 * 民情诉求 (issue 13), the whole loop in the browser: 张秀英 in 长辈模式 files an appeal with a photo
 * in ≤ 4 taps after 首页; 刘建华, the grid worker of her building, accepts and resolves it with a
 * photo; she rates it; the monthly 公示 lists it with her name masked.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { axeProblems, elderSizeProblems } from '../support/axe';
import { settle, shot } from '../support/browser';
import { loginAs, open } from '../support/login';
import { expectText, type Spec } from '../support/spec';

const PHONE = { width: 375, height: 812 };
/** A real 1×1 PNG: the upload is checked by content, not by name. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const CLOSING_WORDS = '已更换3栋楼道灯泡，晚上试过能亮';

async function setElderMode(page: Page, url: string, on: boolean): Promise<void> {
  await open(page, url, '/pages/me/index');
  await page.getByText('长辈模式').first().waitFor({ timeout: 15_000 });
  await page
    .locator('[role="radio"]:visible', { hasText: on ? '开启' : '关闭' })
    .first()
    .click();
  await page
    .getByText(on ? '现在：已开启大字' : '现在：标准字号')
    .first()
    .waitFor({ timeout: 5_000 });
}

/**
 * The upload endpoint (POST /files) comes with the uploads branch. Where this runtime does not have
 * it yet, the browser answers it with a file id so the loop can run; with it, the real one is used.
 */
async function standInForUploads(context: BrowserContext, url: string): Promise<boolean> {
  const probe = await context.request.post(`${url}files?communityId=x&purpose=appeal_photo`, { data: PNG });
  if (probe.status() !== 404) return false;
  let n = 0;
  await context.route(/\/files\?/, (route) =>
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      body: JSON.stringify({ ok: true, data: { fileId: `e2e-photo-${++n}`, url: '' } }),
    }),
  );
  return true;
}

const visiblePage = (page: Page) => page.locator('.page:visible').first();

async function attachPhoto(page: Page, buttonText: RegExp | string): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser', { timeout: 15_000 }),
    page.locator('.nut-button:visible', { hasText: buttonText }).first().click(),
  ]);
  await chooser.setFiles({ name: 'photo.png', mimeType: 'image/png', buffer: PNG });
}

export const appealsLoop: Spec = {
  name: 'appeals: elder files an appeal with a photo in ≤ 4 taps, the grid worker accepts and resolves it, she rates it, the 公示 shows it',
  async run({ url, context, screenshots }) {
    const stubbed = await standInForUploads(context, url);
    if (stubbed)
      console.log('  POST /files not in this runtime yet: the browser stands in for it (uploads branch)');

    // 1. 张秀英, 长辈模式, from 首页.
    const page = await context.newPage();
    await page.setViewportSize(PHONE);
    await loginAs(page, url, '张秀英');
    await setElderMode(page, url, true);
    await open(page, url, '/pages/home/index');
    await page.locator('.appeal-entry__card:visible').first().waitFor({ timeout: 15_000 });
    await settle(page);
    screenshots.push(await shot(page, 'appeals-elder-home'));

    let taps = 0;
    await page.locator('.appeal-entry__card:visible').first().click();
    taps++;
    await page.locator('.page:visible', { hasText: '什么事？' }).first().waitFor({ timeout: 15_000 });
    await page.locator('.chip:visible', { hasText: '基础设施' }).first().waitFor({ timeout: 15_000 });
    await settle(page);
    await page.locator('.chip:visible', { hasText: '基础设施' }).first().click();
    taps++;
    await attachPhoto(page, '添加照片');
    taps++;
    await page.locator('.ap-photo:visible').first().waitFor({ timeout: 15_000 });
    const form = await visiblePage(page).innerText();
    expectText(form, '碧鸡苑 3栋（您住的楼）', 'the submit page (place defaults to her building)');
    const sizes = await elderSizeProblems(page);
    const axe = await axeProblems(page);
    screenshots.push(await shot(page, 'appeals-elder-form'));
    await page
      .locator('.nut-button:visible', { hasText: /^提交$/ })
      .first()
      .click();
    taps++;
    await page
      .getByText('已经提交，谢谢您')
      .first()
      .waitFor({ timeout: 15_000 })
      .catch(async (e: Error) => {
        const alert = await page.locator('[role="alert"]:visible').allInnerTexts();
        throw new Error(`${e.message}\nalerts: ${alert.join(' | ')}`);
      });
    console.log(`  taps after 首页: ${taps} (card → 基础设施 → 添加照片 → 提交)`);
    if (taps > 4) throw new Error(`took ${taps} taps`);
    if (sizes.length || axe.length) throw new Error(`elder submit page:\n${[...sizes, ...axe].join('\n')}`);
    screenshots.push(await shot(page, 'appeals-elder-submitted'));
    await page.locator('.nut-button:visible', { hasText: '查看这条诉求' }).first().click();
    await page.locator('.page:visible', { hasText: '办理过程' }).first().waitFor({ timeout: 15_000 });
    const id = new URL(page.url().replace('#', '')).searchParams.get('id');
    if (!id) throw new Error(`no appeal id in ${page.url()}`);
    expectText(await visiblePage(page).innerText(), '待受理', 'her appeal right after submitting');
    await setElderMode(page, url, false);
    await page.close();

    // 2. 刘建华, the grid worker of 碧鸡苑 1–3栋: 我的网格 lists it; he accepts and resolves it.
    const worker = await context.newPage();
    await worker.setViewportSize(PHONE);
    await loginAs(worker, url, '刘建华');
    await open(worker, url, '/packages/grid/pages/mine/index');
    await worker.locator('.page:visible', { hasText: '待办诉求' }).first().waitFor({ timeout: 15_000 });
    await settle(worker);
    expectText(await visiblePage(worker).innerText(), '张秀英', '我的网格 (her appeal among the open ones)');
    screenshots.push(await shot(worker, 'appeals-grid-mine'));
    await open(worker, url, `/packages/grid/pages/appeal/index?id=${id}`);
    const accept = worker.locator('.nut-button:visible', { hasText: '受理这条诉求' }).first();
    await accept.waitFor({ timeout: 15_000 });
    await accept.click();
    await worker.getByText('已受理，请尽快联系居民').first().waitFor({ timeout: 15_000 });
    await worker.locator('[role="radio"]:visible', { hasText: '已解决' }).first().click();
    await worker.locator('textarea[placeholder="做了什么（可附照片）"]').first().fill(CLOSING_WORDS);
    await attachPhoto(worker, '添加办好后的照片');
    await worker.locator('.ap-actions .ap-photo:visible').first().waitFor({ timeout: 15_000 });
    screenshots.push(await shot(worker, 'appeals-grid-closing'));
    await worker.locator('.nut-button:visible', { hasText: '确认办结：已解决' }).first().click();
    await worker.getByText('已办结，居民会收到通知并评价').first().waitFor({ timeout: 15_000 });
    const handled = await visiblePage(worker).innerText();
    expectText(handled, '办结 · 已解决', 'the timeline after closing');
    expectText(handled, CLOSING_WORDS, 'the timeline after closing');
    screenshots.push(await shot(worker, 'appeals-grid-resolved'));
    await worker.close();

    // 3. 张秀英 rates it (5 stars).
    const elder = await context.newPage();
    await elder.setViewportSize(PHONE);
    await loginAs(elder, url, '张秀英');
    await setElderMode(elder, url, true);
    await open(elder, url, `/packages/appeals/pages/detail/index?id=${id}`);
    await elder.getByRole('radio', { name: '5 星' }).first().waitFor({ timeout: 15_000 });
    await settle(elder);
    expectText(await visiblePage(elder).innerText(), CLOSING_WORDS, 'her appeal after it was resolved');
    await elder.getByRole('radio', { name: '5 星' }).first().click();
    await elder.locator('.nut-button:visible', { hasText: '提交评价（5 星）' }).first().click();
    await elder.getByText('谢谢您的评价').first().waitFor({ timeout: 15_000 });
    screenshots.push(await shot(elder, 'appeals-elder-rated'));

    // 4. The monthly 公示 lists it, her name masked, with the stars.
    await open(elder, url, '/packages/appeals/pages/report/index');
    await elder.locator('.page:visible', { hasText: '民情月报' }).first().waitFor({ timeout: 15_000 });
    const row = elder.locator('.ap-row:visible', { hasText: CLOSING_WORDS }).first();
    await row.waitFor({ timeout: 15_000 });
    const rowText = await row.innerText();
    expectText(rowText, '张*英', 'her row in the 公示 (name not public)');
    expectText(rowText, '已解决', 'her row in the 公示');
    if (rowText.includes('张秀英')) throw new Error(`公示 shows her full name: ${rowText}`);
    const reportProblems = [...(await elderSizeProblems(elder)), ...(await axeProblems(elder))];
    await elder.evaluate(() => window.scrollTo(0, 0));
    screenshots.push(await shot(elder, 'appeals-report'));
    await setElderMode(elder, url, false);
    await elder.close();
    if (reportProblems.length) throw new Error(`公示 in elder mode:\n${reportProblems.join('\n')}`);
  },
};
