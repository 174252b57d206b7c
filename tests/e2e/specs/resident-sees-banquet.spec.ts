/** A senior opens the app, logs in as herself and finds 重阳敬老宴 on the home page and its detail. */
import { button, settle, shot } from '../support/browser';
import { expectText, type Spec } from '../support/spec';

export const residentSeesBanquet: Spec = {
  name: 'a senior resident logs in and sees 碧鸡桥社区 and 重阳敬老宴',
  async run({ url, context, screenshots }) {
    const page = await context.newPage();
    await page.goto(url);
    await page.getByText('以 张秀英 身份进入').first().waitFor({ timeout: 30_000 });
    screenshots.push(await shot(page, 'dev-login'));
    await button(page, '以 张秀英 身份进入').click();

    await page.getByText('重阳敬老宴').first().waitFor({ timeout: 30_000 });
    await settle(page);
    const home = await page.locator('body').innerText();
    expectText(home, '碧鸡桥社区', 'the home page');
    expectText(home, '社区微基金', 'the home page');
    screenshots.push(await shot(page, 'home-elder'));

    await page.getByText('重阳敬老宴').first().click();
    await page.getByText('600').first().waitFor({ timeout: 15_000 });
    await settle(page);
    const detail = await page.locator('body').innerText();
    expectText(detail, '重阳敬老宴', 'the event detail');
    expectText(detail, '报名', 'the event detail');
    screenshots.push(await shot(page, 'event-detail-banquet'));
    await page.close();
  },
};
