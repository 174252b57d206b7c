/** 张秀英 signs up for 重阳敬老宴, sees her seat at once, opens the QR code and finds it in 我的报名. */
import { button, settle, shot } from '../support/browser';
import { BANQUET, loginAs, open } from '../support/login';
import { expectText, type Spec } from '../support/spec';

export const seniorSignsUp: Spec = {
  name: 'senior 张秀英 signs up for 重阳敬老宴 and sees her QR code',
  async run({ url, context, screenshots }) {
    const page = await context.newPage();
    await loginAs(page, url, '张秀英');
    await page.getByText(BANQUET).first().click();
    await page.getByText('报名截止').first().waitFor({ timeout: 15_000 });
    await settle(page);

    // Another spec may have signed her up already (they share one database): then the result is shown.
    // Visible only: 首页 (kept hidden in the DOM by Taro H5) has its own 报名 button.
    const signup = page.locator('.nut-button:visible', { hasText: /^报名$/ }).first();
    if (await signup.isVisible()) await signup.click();
    await page.locator('.success__seat:visible').first().waitFor({ timeout: 15_000 });
    const seat = await page.locator('.success__seat:visible').first().innerText();
    if (!/^\d+/.test(seat.trim())) throw new Error(`no seat number on the success card: "${seat}"`);
    const detail = await page.locator('body').innerText();
    expectText(detail, '报名成功', 'the event detail after sign-up');
    expectText(detail, '查看二维码', 'the event detail after sign-up');
    expectText(detail, '取消报名', 'the event detail after sign-up');
    screenshots.push(await shot(page, 'event-detail-signed-up'));

    await button(page, '查看二维码').click();
    const qr = page.locator('.ticket__qr img, img.ticket__qr').first();
    await qr.waitFor({ timeout: 15_000 });
    await page.waitForFunction(() => {
      const img = document.querySelector('.ticket__qr img, img.ticket__qr') as HTMLImageElement | null;
      return !!img && img.complete && img.naturalWidth > 0;
    });
    const ticket = await page.locator('body').innerText();
    expectText(ticket, '张秀英', 'the ticket');
    expectText(ticket, BANQUET, 'the ticket');
    expectText(ticket, '座位号', 'the ticket');
    screenshots.push(await shot(page, 'ticket-qr'));

    await open(page, url, '/pages/me/index');
    await page.getByText('即将参加').first().waitFor({ timeout: 15_000 });
    await settle(page);
    await page.locator('.section-title', { hasText: '我的报名' }).first().scrollIntoViewIfNeeded();
    const mine = await page.locator('body').innerText();
    expectText(mine, BANQUET, '我的报名');
    expectText(mine, '已报名·座位', '我的报名');
    screenshots.push(await shot(page, 'my-registrations'));
    await page.close();
  },
};
