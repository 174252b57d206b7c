/**
 * The micro-fund loop, person by person: 王芳 (staff) records a donation and awards 陈静 100 points;
 * 陈静 redeems 牛肉面一碗 and gets a code; 周国强 (蜀香面馆) fulfils it by typing the code; the 公示
 * board then shows the donation, the redemption by item and the checked books.
 */
import type { Locator, Page } from 'playwright-core';
import { button, settle, shot } from '../support/browser';
import { loginAs, open } from '../support/login';
import { expectText, type Spec } from '../support/spec';

/** Taro's H5 showModal: press the dialog's confirm button by its text. */
async function confirmDialog(page: Page, text: string): Promise<void> {
  const ok = page.locator('.taro-model__btn', { hasText: text }).first();
  await ok.waitFor({ timeout: 10_000 });
  await ok.click();
}

/** A NutUI button inside one page (Taro H5 keeps earlier pages in the DOM, hidden). */
function buttonIn(scope: Locator, text: string | RegExp): Locator {
  return scope.locator('button, taro-button-core, .nut-button', { hasText: text }).first();
}

/** The text of the page on screen (Taro H5 keeps earlier pages in the DOM, hidden). */
async function textOf(page: Page, selector: string): Promise<string> {
  return page.locator(selector).first().innerText();
}

/**
 * Taro H5 scrolls inside the page, so a "full page" screenshot is one screen: grow the viewport to
 * the page's height for one picture of the whole page, then put it back.
 */
async function wholePageShot(page: Page, selector: string, name: string): Promise<string> {
  const before = page.viewportSize() ?? { width: 390, height: 844 };
  const height = await page
    .locator(selector)
    .first()
    .evaluate((el) => (el as HTMLElement).scrollHeight);
  await page.setViewportSize({
    width: before.width,
    height: Math.min(8000, Math.max(before.height, height + 120)),
  });
  try {
    return await shot(page, name);
  } finally {
    await page.setViewportSize(before);
  }
}

async function recordDonation(page: Page, url: string, screenshots: string[]): Promise<void> {
  await loginAs(page, url, '王芳');
  screenshots.push(await shot(page, 'home-fund-entry-staff'));
  await button(page, '微基金管理：捐赠、支出、报表').click();
  await page.locator('.mf-staff').first().waitFor({ timeout: 15_000 });
  await settle(page);
  await buttonIn(page.locator('.mf-staff').first(), '登记捐赠').click();
  const form = page.locator('.mf-donate').first();
  await form.waitFor({ timeout: 15_000 });
  await settle(page);
  await form.locator('input[placeholder="例如：蜀香面馆"]').fill('蜀香面馆');
  await form.locator('input[placeholder="例如 500 或 12.50"]').fill('500');
  await form.locator('input[placeholder="例如：重阳义卖所得"]').fill('重阳节爱心捐款');
  await buttonIn(form, '登记捐赠').click();
  await form.getByText('捐赠已登记').waitFor({ timeout: 15_000 });
  expectText(
    await textOf(page, '.mf-donate'),
    '蜀香面馆 · 爱心商家 · 现金 ¥500.00',
    'the donation form after saving',
  );
  await form.getByText('捐赠已登记').scrollIntoViewIfNeeded();
  screenshots.push(await shot(page, 'fund-donation-recorded'));
}

async function awardPoints(page: Page, url: string, screenshots: string[]): Promise<void> {
  await open(page, url, '/packages/points/pages/residents/index');
  const list = page.locator('.pts-residents').first();
  await list.locator('input[placeholder="姓名、楼栋或手机尾号"]').fill('陈静');
  await buttonIn(list, '搜索').click();
  const row = list.locator('.event-card', { hasText: '陈静' }).first();
  await row.waitFor({ timeout: 15_000 });
  await settle(page);
  await row.click();
  const ledger = page.locator('.pts-ledger').first();
  await ledger.getByText('奖励或扣减 陈静 的积分').waitFor({ timeout: 15_000 });
  await settle(page);
  await ledger.locator('input[placeholder="例如 100"]').fill('100');
  await ledger.locator('input[placeholder="例如：协助重阳宴布置会场"]').fill('协助重阳敬老宴布置会场');
  await buttonIn(ledger, '奖励积分').click();
  await confirmDialog(page, '确定奖励');
  await ledger.getByText(/已为 陈静 奖励 100 分，现有 \d+ 分/).waitFor({ timeout: 15_000 });
  expectText(await textOf(page, '.pts-ledger'), '协助重阳敬老宴布置会场', 'the ledger after the award');
  screenshots.push(await shot(page, 'points-award'));
}

async function redeemNoodles(page: Page, url: string, screenshots: string[]): Promise<string> {
  await loginAs(page, url, '陈静');
  await button(page, '积分超市 · 用积分兑换').click();
  const shop = page.locator('.shop-items').first();
  await shop.getByText('可兑换的商品').waitFor({ timeout: 15_000 });
  await buttonIn(shop, '兑换 牛肉面一碗').waitFor({ timeout: 15_000 });
  await settle(page);
  screenshots.push(await wholePageShot(page, '.shop-items', 'shop-items'));
  await buttonIn(shop, '兑换 牛肉面一碗').click();
  await confirmDialog(page, '确认兑换');
  const code = page.locator('.shop-redemption .shop-code__code').first();
  await code.waitFor({ timeout: 15_000 });
  const text = (await code.innerText()).replace(/\s/g, '');
  if (!/^[A-Z0-9]{8}$/.test(text)) throw new Error(`no 8-character redemption code on screen: "${text}"`);
  expectText(await textOf(page, '.shop-redemption'), '兑换成功', 'the redemption page');
  screenshots.push(await shot(page, 'shop-redeemed'));
  return text;
}

async function fulfil(page: Page, url: string, code: string, screenshots: string[]): Promise<void> {
  await loginAs(page, url, '周国强');
  await button(page, '商家核销兑换券').click();
  const shopPage = page.locator('.shop-merchant').first();
  await shopPage.waitFor({ timeout: 15_000 });
  await settle(page);
  await shopPage
    .locator('input[placeholder="例如 AB12 CD34"]')
    .fill(`${code.slice(0, 4)} ${code.slice(4)}`.toLowerCase());
  await buttonIn(shopPage, /^核销$/).click();
  await shopPage.getByText('核销成功').waitFor({ timeout: 15_000 });
  expectText(await textOf(page, '.shop-merchant'), '牛肉面一碗 · 兑换人 陈静', 'the merchant page');
  screenshots.push(await shot(page, 'merchant-fulfilled'));
}

async function checkBooksAndBoard(page: Page, url: string, screenshots: string[]): Promise<void> {
  await loginAs(page, url, '王芳');
  await open(page, url, '/packages/points/pages/admin/index');
  const admin = page.locator('.pts-admin').first();
  await admin.getByText('积分总览').waitFor({ timeout: 15_000 });
  await buttonIn(admin, '立即核对账目').click();
  await admin.getByText(/全部核对通过|有核对未通过/).waitFor({ timeout: 30_000 });
  screenshots.push(await wholePageShot(page, '.pts-admin', 'points-admin'));

  await open(page, url, '/packages/fund/pages/board/index');
  const board = page.locator('.mf-board').first();
  await board.getByText('捐赠名单').waitFor({ timeout: 15_000 });
  await settle(page);
  const text = await board.innerText();
  expectText(text, '重阳节爱心捐款', 'the 公示 board');
  expectText(text, '¥500.00', 'the 公示 board');
  expectText(text, '牛肉面一碗', 'the 公示 board');
  expectText(text, '蜀香面馆 · 兑换', 'the 公示 board');
  expectText(text, '账目核对全部通过', 'the 公示 board');
  screenshots.push(await wholePageShot(page, '.mf-board', 'fund-board'));
}

export const fundFlow: Spec = {
  name: 'donation → points award → redemption → merchant fulfilment → 公示 board',
  async run({ url, context, screenshots }) {
    const page = await context.newPage();
    await recordDonation(page, url, screenshots);
    await awardPoints(page, url, screenshots);
    const code = await redeemNoodles(page, url, screenshots);
    await fulfil(page, url, code, screenshots);
    await checkBooksAndBoard(page, url, screenshots);
    await page.close();
  },
};

export const myPointsAndCertificate: Spec = {
  name: '陈静 opens 我的积分 and her 志愿服务记录证明',
  async run({ url, context, screenshots }) {
    const page = await context.newPage();
    await loginAs(page, url, '陈静');
    await open(page, url, '/pages/me/index');
    await button(page, '积分明细与服务时长').waitFor({ timeout: 15_000 });
    await settle(page);
    await button(page, '积分明细与服务时长').click();
    const mine = page.locator('.pts-mine').first();
    await mine.getByText('积分余额').waitFor({ timeout: 15_000 });
    await settle(page);
    const text = await mine.innerText();
    expectText(text, '志愿服务时长', '我的积分');
    expectText(text, '积分明细', '我的积分');
    screenshots.push(await shot(page, 'my-points'));

    await buttonIn(mine, '志愿服务记录证明').click();
    const cert = page.locator('.pts-cert-page').first();
    await cert.getByText('开具日期').waitFor({ timeout: 15_000 });
    await settle(page);
    const certText = await cert.innerText();
    expectText(certText, '陈静', 'the certificate');
    expectText(certText, '碧鸡桥社区（谁组织谁记录）', 'the certificate');
    expectText(certText, '打印', 'the certificate (H5 has a print button)');
    screenshots.push(await shot(page, 'certificate'));
    await page.close();
  },
};
