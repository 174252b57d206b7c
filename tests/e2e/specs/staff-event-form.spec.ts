/**
 * 王芳 (staff) starts a new event: the times are picked with the date and time pickers (nothing typed),
 * and the event is saved as a draft.
 */
import { button, settle, shot } from '../support/browser';
import { loginAs, open } from '../support/login';
import { expectText, type Spec } from '../support/spec';

export const staffEventForm: Spec = {
  name: 'staff 王芳 picks the event times with pickers and saves a draft',
  async run({ url, context, screenshots }) {
    const page = await context.newPage();
    await loginAs(page, url, '王芳');
    await open(page, url, '/packages/staff/pages/manage/index');
    const form = page.locator('.event-form').last();
    await form.getByText('开始时间').waitFor({ timeout: 15_000 });
    await form.locator('.text-field', { hasText: '活动名称' }).locator('input').fill('社区读书会');
    await form.locator('.text-field', { hasText: '地点' }).locator('input').fill('党群服务中心二楼');

    // The start date: the picker opens over the form; confirm what it shows.
    await form
      .locator('.date-time-field', { hasText: '开始时间' })
      .locator('.date-time-field__value')
      .first()
      .click();
    // Taro H5 keeps every picker's sheet in the page; only the opened one is visible.
    const confirm = page.locator('.weui-picker__action:visible', { hasText: '确定' }).first();
    await confirm.waitFor({ timeout: 10_000 });
    screenshots.push(await shot(page, 'staff-event-form-date-picker'));
    await confirm.click();
    await settle(page);

    await button(page, '保存为草稿').click();
    await page.getByText('已保存为草稿').first().waitFor({ timeout: 15_000 });
    expectText(await page.locator('body').innerText(), '已保存为草稿', 'the manage page after saving');
    screenshots.push(await shot(page, 'staff-event-form-saved'));
    await page.close();
  },
};
