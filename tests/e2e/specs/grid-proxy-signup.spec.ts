/** 刘建华 (grid worker) signs up 王桂兰 (碧鸡苑 5栋 1单元, born 1948) by proxy and sees the printable slip. */
import { button, settle, shot } from '../support/browser';
import { BANQUET, loginAs } from '../support/login';
import { expectText, type Spec } from '../support/spec';

export const gridProxySignup: Spec = {
  name: 'grid worker 刘建华 signs up 王桂兰 by proxy and sees the slip',
  async run({ url, context, screenshots }) {
    const page = await context.newPage();
    await loginAs(page, url, '刘建华');
    await button(page, '为老人代报名').click();
    await page.locator('.choice', { hasText: BANQUET }).first().waitFor({ timeout: 15_000 });
    await settle(page);

    await page.locator('.choice', { hasText: BANQUET }).first().click();
    await page.getByText('几位参加？').first().waitFor({ timeout: 15_000 });
    await page.locator('input[placeholder="例如 王桂兰"]').fill('王桂兰');
    await page.locator('.chip', { hasText: '碧鸡苑' }).first().click();
    await page.locator('.chip', { hasText: /^5栋$/ }).first().click();
    await page.locator('input[placeholder="例如 1单元"]').fill('1单元');
    await page.locator('input[placeholder="例如 1948"]').fill('1948');
    await button(page, /^代报名$/).click();

    await page.getByText('认领码').first().waitFor({ timeout: 15_000 });
    await page.waitForFunction(() => {
      const img = document.querySelector('.ticket__qr img, img.ticket__qr') as HTMLImageElement | null;
      return !!img && img.complete && img.naturalWidth > 0;
    });
    await settle(page);
    const body = await page.locator('body').innerText();
    expectText(body, '王桂兰', 'the proxy slip');
    expectText(body, '报名成功 · 座位号', 'the proxy result');
    expectText(body, '打印', 'the proxy result');
    const code = (await page.locator('.ticket__claim-code').first().innerText()).replace(/\s/g, '');
    if (!/^[A-Z0-9]{8}$/.test(code)) throw new Error(`claim code looks wrong: "${code}"`);
    screenshots.push(await shot(page, 'proxy-result'));

    // What the printer gets: the slip alone (print styles hide the buttons), on a page tall enough to hold it.
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: 390, height: 1200 });
    screenshots.push(await shot(page, 'proxy-slip'));
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.close();
  },
};
