/**
 * 协商议事 (issue 14) in the browser: 张秀英 votes on the door colour of the rebuilt refuse room in ≤ 3 taps from
 * 首页 and sees her household's vote; 刘建华, the grid worker, enters a 纸质票 for a household of his roster; 王芳
 * (staff) closes the vote and the published result shows.
 */
import { settle, shot } from '../support/browser';
import { loginAs, open } from '../support/login';
import { expectText, type Spec } from '../support/spec';

const PHONE = { width: 375, height: 812 };

export const deliberationVote: Spec = {
  name: 'deliberation: a resident votes on the door colour in ≤ 3 taps from 首页, a grid worker enters a paper ballot, staff close and the result shows',
  async run({ url, context, screenshots }) {
    // 1. 张秀英 from 首页.
    const page = await context.newPage();
    await page.setViewportSize(PHONE);
    await loginAs(page, url, '张秀英');
    await open(page, url, '/pages/home/index');
    const card = page.locator('.vote-entry:visible').first();
    await card.waitFor({ timeout: 15_000 });
    await settle(page);
    expectText(await card.innerText(), '垃圾房的门刷什么颜色', 'the 首页 vote card');
    screenshots.push(await shot(page, 'deliberation-home-card'));

    let taps = 0;
    await card.click();
    taps++;
    const option = page.locator('.topic__option:visible', { hasText: '砖红色' }).first();
    await option.waitFor({ timeout: 15_000 });
    await settle(page);
    const before = await page.locator('.page:visible').first().innerText();
    expectText(before, '已投', 'the topic page shows the turnout while the vote runs');
    if (/砖红色 · \d+/.test(before)) throw new Error('a per-option count shows before close');
    await option.click();
    taps++;
    await page.locator('.nut-button:visible', { hasText: '确认投票' }).first().click();
    taps++;
    await page.getByText('你家已投票：砖红色（由 您 投）').first().waitFor({ timeout: 15_000 });
    if (taps > 3) throw new Error(`voting took ${taps} taps from 首页`);
    await settle(page);
    screenshots.push(await shot(page, 'deliberation-voted'));
    const topicId = new URL(page.url().replace('#', '')).searchParams.get('id');
    if (!topicId) throw new Error(`no topic id in ${page.url()}`);
    await page.close();

    // 2. 刘建华 enters a paper ballot for a household that has not voted.
    const worker = await context.newPage();
    await worker.setViewportSize(PHONE);
    await loginAs(worker, url, '刘建华');
    await open(worker, url, `/packages/deliberation/pages/paper/index?id=${topicId}`);
    const row = worker.locator('.household-row:visible', { hasText: '未投票' }).first();
    await row.waitFor({ timeout: 15_000 });
    await settle(worker);
    screenshots.push(await shot(worker, 'deliberation-roster'));
    const label = (await row.locator('.household-row__label').innerText()).trim();
    await row.click();
    await worker.locator('.topic__option:visible', { hasText: '墨绿色' }).first().click();
    await worker.locator('.nut-button:visible', { hasText: '确认录入' }).first().click();
    await worker.getByText(`已录入 ${label} 的纸质票`).first().waitFor({ timeout: 15_000 });
    await settle(worker);
    screenshots.push(await shot(worker, 'deliberation-paper-entered'));
    await worker.close();

    // 3. 王芳 closes the vote; the result is published.
    const staff = await context.newPage();
    await staff.setViewportSize(PHONE);
    await loginAs(staff, url, '王芳');
    await open(staff, url, `/packages/deliberation/pages/detail/index?id=${topicId}`);
    const closeButton = staff.locator('.nut-button:visible', { hasText: '结束投票并公布结果' }).first();
    await closeButton.waitFor({ timeout: 15_000 });
    await closeButton.click();
    await staff.getByText('投票结果').first().waitFor({ timeout: 15_000 });
    await settle(staff);
    const result = await staff.locator('.page:visible').first().innerText();
    expectText(result, '砖红色 ·', 'the published result');
    expectText(result, '其中纸质票', 'the published result counts the paper ballots');
    screenshots.push(await shot(staff, 'deliberation-result'));
    await staff.close();
  },
};
