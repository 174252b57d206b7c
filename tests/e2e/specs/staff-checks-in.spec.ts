/**
 * 王芳 (staff) opens the 重阳敬老宴 roster, finds 张秀英 and checks her in with the code under her QR.
 * Independent of order: signs 张秀英 up first (through the UI) if she is not signed up yet.
 */
import type { Page } from 'playwright-core';
import { button, settle, shot } from '../support/browser';
import { BANQUET, BANQUET_ID, loginAs, open } from '../support/login';
import { expectText, type Spec } from '../support/spec';

async function elderTicketToken(page: Page, url: string): Promise<string> {
  await loginAs(page, url, '张秀英');
  await open(page, url, `/pages/event/index?id=${BANQUET_ID}`);
  await page.getByText('报名截止').first().waitFor({ timeout: 15_000 });
  await settle(page);
  const signup = button(page, /^报名$/);
  if (await signup.isVisible()) await signup.click();
  await button(page, '查看二维码').waitFor({ timeout: 15_000 });
  await button(page, '查看二维码').click();
  const token = page.locator('.ticket__token').first();
  await token.waitFor({ timeout: 15_000 });
  return (await token.innerText()).replace(/^.*：/, '').trim();
}

export const staffChecksIn: Spec = {
  name: 'staff 王芳 checks 张秀英 in on the 重阳敬老宴 roster',
  async run({ url, context, screenshots }) {
    const page = await context.newPage();
    const token = await elderTicketToken(page, url);
    if (!token.startsWith('L1.')) throw new Error(`no ticket token on the ticket page: "${token}"`);

    await loginAs(page, url, '王芳');
    await button(page, '社区工作台').click();
    // Taro H5 keeps earlier pages in the DOM (hidden): look inside the staff page only.
    const row = page.locator('.staff-events .event-card', { hasText: BANQUET }).first();
    await row.waitFor({ timeout: 15_000 });
    await settle(page);
    await row.click();
    await button(page, '报名名单与签到').waitFor({ timeout: 15_000 });
    await settle(page);
    await button(page, '报名名单与签到').click();
    await page
      .getByText(/共 \d+ 条/)
      .first()
      .waitFor({ timeout: 15_000 });

    await page.locator('input[placeholder="按姓名或楼栋搜索"]').fill('张秀英');
    await button(page, '搜索').click();
    await page.locator('.roster__name', { hasText: '张秀英' }).first().waitFor({ timeout: 15_000 });

    await page.locator('input[placeholder="L1.…"]').fill(token);
    await button(page, '核验签到').click();
    await page
      .getByText(/(签到成功|已签到过) · 张秀英 · 座位 \d+/)
      .first()
      .waitFor({ timeout: 15_000 });
    await settle(page);
    const body = await page.locator('body').innerText();
    expectText(body, '✓ 已签到', 'the roster after check-in');
    screenshots.push(await shot(page, 'staff-roster-checked-in'));
    await page.close();
  },
};
