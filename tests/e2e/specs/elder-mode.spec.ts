/**
 * 长辈模式 (issue 8): axe-core on 首页, event detail, 我的报名, 我的积分 and the 公示 board in normal and
 * elder mode, elder-mode text and tap sizes measured, elder-mode screenshots; and the quick path from
 * 首页 to a confirmed 重阳宴 seat, counting the taps.
 */
import type { Page } from 'playwright-core';
import { axeProblems, elderSizeProblems } from '../support/axe';
import { settle, shot } from '../support/browser';
import { BANQUET_ID, loginAs, open } from '../support/login';
import { expectText, type Spec } from '../support/spec';

/** The 375-wide design the size rules are stated for. */
const PHONE = { width: 375, height: 812 };

const PAGES: { name: string; route: string; ready: string; scrollTo?: string }[] = [
  { name: 'home', route: '/pages/home/index', ready: '社区微基金' },
  { name: 'event', route: `/pages/event/index?id=${BANQUET_ID}`, ready: '报名截止' },
  { name: 'my-registrations', route: '/pages/me/index', ready: '我的积分', scrollTo: '我的报名' },
  { name: 'points', route: '/packages/points/pages/mine/index', ready: '积分' },
  { name: 'board', route: '/packages/fund/pages/board/index', ready: '微基金' },
];

/** Turns 长辈模式 on or off where a person would: the switch in 我的. */
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

async function visit(page: Page, url: string, p: (typeof PAGES)[number]): Promise<void> {
  await open(page, url, p.route);
  await page.locator('.page:visible', { hasText: p.ready }).first().waitFor({ timeout: 15_000 });
  await settle(page);
  if (p.scrollTo)
    await page.locator('.section-title:visible', { hasText: p.scrollTo }).first().scrollIntoViewIfNeeded();
}

export const elderAccessibility: Spec = {
  name: 'accessibility: axe-core on 首页, event, 我的报名, 我的积分, 公示 in normal and elder mode',
  async run({ url, context, screenshots }) {
    const page = await context.newPage();
    await page.setViewportSize(PHONE);
    await loginAs(page, url, '张秀英');
    const problems: string[] = [];
    for (const elder of [false, true]) {
      await setElderMode(page, url, elder);
      for (const p of PAGES) {
        await visit(page, url, p);
        const mode = elder ? 'elder' : 'normal';
        const found = await axeProblems(page);
        if (elder) found.push(...(await elderSizeProblems(page)));
        console.log(
          `  axe ${mode} ${p.name}: ${found.length ? found.length + ' problem(s)' : 'no serious or critical violations'}`,
        );
        problems.push(...found.map((f) => `${mode} ${p.name}: ${f}`));
        if (elder) screenshots.push(await shot(page, `elder-${p.name}`));
      }
    }
    await setElderMode(page, url, false);
    await page.close();
    if (problems.length) throw new Error(`accessibility problems:\n${problems.join('\n')}`);
  },
};

export const elderQuickSignup: Spec = {
  name: 'elder 赵德全 goes from 首页 to a confirmed 重阳宴 seat and its QR code in at most 3 taps',
  async run({ url, context, screenshots }) {
    const page = await context.newPage();
    await page.setViewportSize(PHONE);
    await loginAs(page, url, '赵德全');
    await setElderMode(page, url, true);
    await open(page, url, '/pages/home/index');
    await page.locator('.quick-signup:visible').first().waitFor({ timeout: 15_000 });
    await settle(page);

    let taps = 0;
    const tap = async (text: string | RegExp, scope = '') => {
      const b = page.locator(`${scope} .nut-button:visible`, { hasText: text }).first();
      await b.waitFor({ timeout: 15_000 });
      await b.click();
      taps++;
    };
    await tap(/^报名$/, '.quick-signup');
    await page.locator('.page:visible', { hasText: '确认报名' }).first().waitFor({ timeout: 15_000 });
    await settle(page);
    screenshots.push(await shot(page, 'elder-signup-confirm'));
    await tap('确认报名');
    const seat = page.locator('.success__seat:visible').first();
    await seat.waitFor({ timeout: 15_000 });
    const confirmedAfter = taps;
    const seatPx = await seat.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const datePx = await page
      .locator('.success__date:visible')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const success = await page.locator('.page:visible').first().innerText();
    expectText(success, '报名成功', 'the confirm step after 确认报名');
    expectText(success, '查看二维码', 'the confirm step after 确认报名');
    if (seatPx < 36 || datePx < 22) throw new Error(`seat ${seatPx}px / date ${datePx}px: not big`);
    screenshots.push(await shot(page, 'elder-signup-success'));

    await tap('查看二维码');
    await page.waitForFunction(() => {
      const img = document.querySelector('.ticket__qr img, img.ticket__qr') as HTMLImageElement | null;
      return !!img && img.complete && img.naturalWidth > 0;
    });
    screenshots.push(await shot(page, 'elder-ticket'));
    console.log(
      `  taps: ${confirmedAfter} from 首页 to a confirmed seat, ${taps} to the QR code (seat ${seatPx}px, date ${datePx}px)`,
    );
    if (taps > 3) throw new Error(`took ${taps} taps`);

    // Back on 首页 the card now shows her seat and the QR button, not 报名 again.
    await open(page, url, '/pages/home/index');
    const card = page.locator('.quick-signup:visible').first();
    await card.getByText('✓ 您已报名').waitFor({ timeout: 15_000 });
    await settle(page);
    const cardText = await card.innerText();
    expectText(cardText, '座位', '首页 after signing up');
    expectText(cardText, '查看二维码', '首页 after signing up');
    screenshots.push(await shot(page, 'elder-home-signed-up'));
    await setElderMode(page, url, false);
    await page.close();
  },
};
