/**
 * 张秀英 waits on the list of a one-seat event; the person holding the seat cancels; she is promoted in
 * that same transaction and finds it in 消息 (reached from 我的, with the unread count) with her seat.
 * The set-up goes through the same HTTP functions the app calls, as the people themselves.
 */
import { button, settle, shot } from '../support/browser';
import { apiAs, loginAs } from '../support/login';
import { expectText, type Spec } from '../support/spec';

const C = 'bijiqiao';

const as = apiAs;

export const inboxPromotion: Spec = {
  name: 'elder 张秀英 is promoted from the waiting list and reads it in 消息 with her seat',
  async run({ url, context, screenshots }) {
    const staff = await as(url, 'demo-staff');
    const son = await as(url, 'demo-resident');
    const elder = await as(url, 'demo-elder');
    const day = 24 * 3600_000;
    const now = Date.now();
    const iso = (ms: number) => new Date(ms).toISOString();
    const event = await staff<{ id: string }>('events', 'create', {
      communityId: C,
      title: '社区书法课',
      body: '一个座位的小课',
      category: 'culture',
      place: '党群服务中心 二楼',
      coverUrl: null,
      startsAt: iso(now + 5 * day),
      endsAt: iso(now + 5 * day + 2 * 3600_000),
      signupOpensAt: iso(now - 3600_000),
      signupClosesAt: iso(now + 4 * day),
      cancelDeadline: iso(now + 4 * day),
      capacity: 1,
      waitlistEnabled: true,
      maxPartySize: 1,
      minAge: null,
      estateIds: [],
      attendancePoints: 0,
      reminderHours: 24,
      volunteerRoles: [],
    });
    await staff('events', 'publish', { communityId: C, eventId: event.id });
    const seat = await son<{ id: string }>('events', 'signup', {
      communityId: C,
      eventId: event.id,
      partySize: 1,
    });
    const waiting = await elder<{ status: string }>('events', 'signup', {
      communityId: C,
      eventId: event.id,
      partySize: 1,
    });
    if (waiting.status !== 'waitlisted')
      throw new Error(`expected the elder on the waiting list, got ${waiting.status}`);
    await son('events', 'cancelRegistration', { communityId: C, registrationId: seat.id });

    const page = await context.newPage();
    await loginAs(page, url, '张秀英');
    await page.locator('.weui-tabbar__item', { hasText: '我的' }).first().click();
    const entry = button(page, /^消息（\d+ 条未读）$/);
    await entry.waitFor({ timeout: 15_000 });
    await settle(page);
    // The 我的 tab carries the unread count as a badge.
    const badge = await page
      .locator('.weui-tabbar__item .weui-badge')
      .first()
      .innerText()
      .catch(() => '');
    if (!/^\d+$/.test(badge.trim()))
      throw new Error(`expected an unread badge on the 我的 tab, found "${badge}"`);
    screenshots.push(await shot(page, 'inbox-me-badge'));

    await entry.click();
    await page.getByText('候补成功：社区书法课').first().waitFor({ timeout: 15_000 });
    await settle(page);
    const body = await page.locator('body').innerText();
    expectText(body, '候补成功：社区书法课', 'the inbox');
    expectText(body, '您的座位是 1 号', 'the inbox');
    expectText(body, '未读', 'the inbox');
    screenshots.push(await shot(page, 'inbox-promoted'));

    // Opening it marks it read and goes to the event, where the seat is hers.
    await page.locator('[data-testid="notice-item"]', { hasText: '候补成功：社区书法课' }).first().click();
    await page.waitForURL(/pages\/event\/index/, { timeout: 15_000 });
    await page.getByText('座位号').first().waitFor({ timeout: 15_000 });
    await settle(page);
    const eventPage = await page.locator('body').innerText();
    expectText(eventPage, '报名成功', 'the event page opened from the notice');
    expectText(eventPage, '党群服务中心 二楼', 'the event page opened from the notice');
    screenshots.push(await shot(page, 'inbox-opened-event'));
    // Back in 消息 it is read now.
    await page.goBack();
    await page.getByText('候补成功：社区书法课').first().waitFor({ timeout: 15_000 });
    await settle(page);
    const unreadOnPromotion = await page
      .locator('[data-testid="notice-item"]:visible', { hasText: '候补成功：社区书法课' })
      .first()
      .locator('.notice-item__dot')
      .count();
    if (unreadOnPromotion !== 0) throw new Error('the opened notice is still marked 未读');
    screenshots.push(await shot(page, 'inbox-read'));
    await page.close();
  },
};
