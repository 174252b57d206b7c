/**
 * A volunteer's service becomes points and hours: 陈静 and two others served at last week's river
 * clean-up (demo data: checked in 9:00, out 11:00, not yet confirmed). 王芳 (staff) looks at the
 * volunteers' times and confirms attendance; 陈静 sees the points and hours in 我的积分 and opens her
 * 志愿服务记录证明 with the clean-up on it.
 */
import type { Locator } from 'playwright-core';
import { button, settle, shot } from '../support/browser';
import { loginAs, open } from '../support/login';
import { expectText, type Spec } from '../support/spec';

const CLEANUP = '清水河河道清洁志愿活动';

function buttonIn(scope: Locator, text: string | RegExp): Locator {
  return scope.locator('button, taro-button-core, .nut-button', { hasText: text }).first();
}

export const volunteerService: Spec = {
  name: 'staff confirm the river clean-up; 陈静 sees her points, hours and certificate',
  async run({ url, context, screenshots }) {
    const page = await context.newPage();
    await loginAs(page, url, '王芳');
    await button(page, '社区工作台').click();
    const row = page.locator('.staff-events .event-card', { hasText: CLEANUP }).first();
    await row.waitFor({ timeout: 15_000 });
    await settle(page);
    await row.click();
    await button(page, '志愿者签到签退').waitFor({ timeout: 15_000 });
    await settle(page);
    await button(page, '志愿者签到签退').click();

    const shifts = page.locator('.shifts').first();
    await shifts.getByText('陈静').first().waitFor({ timeout: 15_000 });
    await settle(page);
    const shiftText = await shifts.innerText();
    expectText(shiftText, '签到 09:00', 'the volunteers page');
    expectText(shiftText, '签退 11:00', 'the volunteers page');
    expectText(shiftText, '时长 120 分钟', 'the volunteers page');
    screenshots.push(await shot(page, 'staff-shifts'));

    await page.goBack();
    await settle(page);
    await button(page, '确认出席（发放积分）').click();
    await page
      .getByText(/志愿服务 3 人次/)
      .first()
      .waitFor({ timeout: 15_000 });
    screenshots.push(await shot(page, 'attendance-confirmed'));

    await loginAs(page, url, '陈静');
    await open(page, url, '/pages/me/index');
    await button(page, '积分明细与服务时长').waitFor({ timeout: 15_000 });
    await settle(page);
    await button(page, '积分明细与服务时长').click();
    const mine = page.locator('.pts-mine').first();
    await mine.getByText(CLEANUP).first().waitFor({ timeout: 15_000 });
    await settle(page);
    const text = await mine.innerText();
    expectText(text, '+20', '我的积分 (2 hours × 10 points)');
    expectText(text, '王芳', '我的积分 (who confirmed)');
    screenshots.push(await shot(page, 'volunteer-points'));

    await buttonIn(mine, '志愿服务记录证明').click();
    const cert = page.locator('.pts-cert-page').first();
    await cert.getByText('开具日期').waitFor({ timeout: 15_000 });
    await settle(page);
    const certText = await cert.innerText();
    expectText(certText, CLEANUP, 'the certificate');
    expectText(certText, '河道清扫', 'the certificate');
    expectText(certText, '2 小时', 'the certificate');
    screenshots.push(await shot(page, 'volunteer-certificate'));
    await page.close();
  },
};
