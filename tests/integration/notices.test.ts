/**
 * 消息: every notice lands in the person's inbox in the transaction of its cause (and nowhere when the
 * cause rolls back); WeChat only with a consent left; SMS for elders without WeChat, capped per day
 * and with an opt-out; copies for relatives who asked; a change of time re-times queued reminders.
 */
import { sql } from 'drizzle-orm';
import { query } from '../../server/db/query';
import { seedDemo } from '../../server/seed/seed';
import { cancelCore } from '../../server/domain/events/signup.service';
import type { OutgoingMessage, Sender } from '../../server/domain/notify/outbox';
import { notify } from '../../server/domain/notify/notify';
import { logSender } from '../../server/domain/notify/senders';
import { smsSender, tc3Authorization, tencentSmsProvider } from '../../server/domain/notify/sms';
import { runTimer } from '../../server/domain/notify/timer';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { caller } from './support/call';
import { addEvent } from './support/fixtures';
import { createTestDb, type TestDb } from './support/test-db';

let t: TestDb;
let api: ReturnType<typeof caller>;
const C = 'bijiqiao';
const ELDER = 'demo-elder';
const SON = 'demo-resident';
const STAFF = 'demo-staff';
const HOUR = 3600_000;

// A loaded 2-core box: the SMS test runs the timer twice and five event updates.
jest.setTimeout(30_000);

beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db);
  api = caller(t.db);
});
afterAll(() => t.drop());

const idOf = async (openid: string) =>
  (await query<{ id: string }>(t.db, sql`select id from users where openid = ${openid}`))[0].id;

const outboxOf = (userId: string, kind: string) =>
  query<{
    channel: string;
    status: string;
    dedupe_key: string;
    send_after: string;
    last_error: string | null;
  }>(
    t.db,
    sql`select channel, status, dedupe_key, send_after, last_error from outbox
      where user_id = ${userId} and kind = ${kind} order by created_at`,
  );

function recorder() {
  const sent: OutgoingMessage[] = [];
  const sender: Sender = { send: async (m) => void sent.push(m) };
  return { sent, sender };
}

async function offlineElder(name: string, phone: string, eventId: string) {
  const res = await api.ok('demo-grid', 'events', 'proxySignup', {
    communityId: C,
    eventId,
    name,
    estateId: 'bijiyuan',
    building: '3栋',
    unit: '1单元',
    phone,
    birthYear: 1945,
    partySize: 1,
  });
  const [row] = await query<{ user_id: string }>(
    t.db,
    sql`select user_id from registrations where id = ${res.registration.id}`,
  );
  return { userId: row.user_id, registrationId: res.registration.id };
}

describe('the inbox', () => {
  it('shows a promotion from the waiting list with the seat, written in the cancellation that caused it', async () => {
    await addEvent(t.db, C, 'n-small', { capacity: 1 });
    const first = await api.ok('demo-volunteer', 'events', 'signup', {
      communityId: C,
      eventId: 'n-small',
      partySize: 1,
    });
    const waiting = await api.ok(ELDER, 'events', 'signup', {
      communityId: C,
      eventId: 'n-small',
      partySize: 1,
    });
    expect(waiting.status).toBe('waitlisted');
    const before = await api.ok(ELDER, 'notices', 'list', { communityId: C });
    expect(before.items[0]).toMatchObject({
      kind: 'signup_confirmed',
      title: expect.stringContaining('候补'),
    });

    await api.ok('demo-volunteer', 'events', 'cancelRegistration', {
      communityId: C,
      registrationId: first.id,
    });
    const after = await api.ok(ELDER, 'notices', 'list', { communityId: C });
    expect(after.items[0]).toMatchObject({
      kind: 'promoted',
      title: '候补成功：测试活动 n-small',
      body: expect.stringContaining('座位是 1 号'),
      link: '/pages/event/index?id=n-small',
      read: false,
    });
    expect(after.unread).toBe(before.unread + 1);
  });

  it('writes nothing when the cause rolls back', async () => {
    await addEvent(t.db, C, 'n-rollback', { capacity: 1 });
    const first = await api.ok('demo-volunteer', 'events', 'signup', {
      communityId: C,
      eventId: 'n-rollback',
      partySize: 1,
    });
    await api.ok('demo-committee', 'events', 'signup', {
      communityId: C,
      eventId: 'n-rollback',
      partySize: 1,
    });
    const committee = await idOf('demo-committee');
    const volunteer = await idOf('demo-volunteer');
    await expect(
      t.db.transaction(async (tx) => {
        const ctx = {
          db: tx,
          actor: { userId: volunteer, openid: 'demo-volunteer' },
          roles: [],
          now: new Date(),
        };
        await cancelCore(ctx, C, first.id, 'n-rollback');
        const inside = await query<{ n: number }>(
          tx,
          sql`select count(*)::int as n from inbox where user_id = ${committee} and kind = 'promoted'`,
        );
        expect(inside[0].n).toBe(1);
        throw new Error('the cause fails after the notice was written');
      }),
    ).rejects.toThrow('the cause fails');
    const [after] = await query<{ inbox: number; outbox: number }>(
      t.db,
      sql`select (select count(*)::int from inbox where user_id = ${committee} and kind = 'promoted') as inbox,
        (select count(*)::int from outbox where user_id = ${committee} and kind = 'promoted') as outbox`,
    );
    expect(after).toEqual({ inbox: 0, outbox: 0 });

    // The same for a notice written directly by notify() in a transaction that fails.
    await expect(
      t.db.transaction(async (tx) => {
        await notify(tx, {
          communityId: C,
          userId: committee,
          kind: 'points_awarded',
          title: '获得 1 积分',
          body: '测试',
          link: '',
          payload: {},
          dedupeKey: 'test:rollback',
        });
        throw new Error('rollback');
      }),
    ).rejects.toThrow('rollback');
    expect((await query(t.db, sql`select 1 from inbox where dedupe_key = 'test:rollback'`)).length).toBe(0);
  });

  it('brings every kind of notice: sign-up, cancellation, redemption ready and fulfilled, volunteer decision, points', async () => {
    const son = await idOf(SON);
    // Points awarded by staff.
    await api.ok(STAFF, 'points', 'award', {
      communityId: C,
      residentId: son,
      amount: 300,
      reason: '楼道清洁',
    });
    // Redemption ready, then fulfilled by the merchant.
    const items = await api.ok(SON, 'shop', 'items', { communityId: C });
    const item = items.find((i) => i.merchantName === '蜀香面馆')!;
    const red = await api.ok(SON, 'shop', 'redeem', { communityId: C, itemId: item.id });
    await api.ok('demo-merchant', 'shop', 'fulfil', { communityId: C, code: red.code });
    // Volunteer application decided.
    const app = await api.ok(SON, 'points', 'apply', {
      communityId: C,
      realName: '李明',
      phone: '13800000002',
    });
    await api.ok(STAFF, 'points', 'review', {
      communityId: C,
      applicationId: app.id,
      approve: false,
      note: '请补充照片',
    });
    // Event cancelled by staff.
    await addEvent(t.db, C, 'n-cancel', { capacity: 5 });
    await api.ok(SON, 'events', 'signup', { communityId: C, eventId: 'n-cancel', partySize: 1 });
    await api.ok(STAFF, 'events', 'cancel', { communityId: C, eventId: 'n-cancel', reason: '场地维修' });

    const inbox = await api.ok(SON, 'notices', 'list', { communityId: C, limit: 50 });
    const byKind = (k: string) => inbox.items.filter((i) => i.kind === k);
    expect(byKind('points_awarded')[0]).toMatchObject({ title: '获得 300 积分', body: '社区奖励：楼道清洁' });
    expect(byKind('redemption_ready')[0]).toMatchObject({
      body: `请到 蜀香面馆 出示兑换码 ${red.code} 领取。`,
      link: `/packages/shop/pages/redemption/index?id=${red.id}`,
    });
    expect(byKind('redemption_fulfilled')).toHaveLength(1);
    expect(byKind('volunteer_decided')[0]).toMatchObject({
      title: '志愿者认证未通过',
      body: expect.stringContaining('请补充照片'),
    });
    expect(byKind('signup_confirmed').some((i) => i.title === '报名成功：测试活动 n-cancel')).toBe(true);
    expect(byKind('event_cancelled')[0]).toMatchObject({ body: expect.stringContaining('场地维修') });
    // The cancelled event's reminder (not yet due) disappears rather than misleading later.
    const reminders = await query(
      t.db,
      sql`select 1 from inbox i join registrations r on i.dedupe_key = 'reminder:' || r.id
        where r.event_id = 'n-cancel'`,
    );
    expect(reminders).toHaveLength(0);
  });

  it('pages with a cursor, counts unread, marks one and then all as read', async () => {
    const son = await idOf(SON);
    const first = await api.ok(SON, 'notices', 'list', { communityId: C, limit: 2 });
    expect(first.items).toHaveLength(2);
    expect(first.nextCursor).not.toBeNull();
    const second = await api.ok(SON, 'notices', 'list', {
      communityId: C,
      limit: 2,
      cursor: first.nextCursor!,
    });
    expect(second.items.map((i) => i.id)).not.toContain(first.items[0].id);
    expect(new Date(second.items[0].at).getTime()).toBeLessThanOrEqual(new Date(first.items[1].at).getTime());

    const { unread } = await api.ok(SON, 'notices', 'unread', { communityId: C });
    expect(unread).toBeGreaterThan(2);
    const afterOne = await api.ok(SON, 'notices', 'markRead', { communityId: C, ids: [first.items[0].id] });
    expect(afterOne.unread).toBe(unread - 1);
    // Someone else's notice cannot be marked by me.
    const [other] = await query<{ id: string }>(
      t.db,
      sql`select id from inbox where user_id <> ${son} limit 1`,
    );
    await api.ok(SON, 'notices', 'markRead', { communityId: C, ids: [other.id] });
    expect(
      (await query(t.db, sql`select 1 from inbox where id = ${other.id} and read_at is not null`)).length,
    ).toBe(0);
    expect((await api.ok(SON, 'notices', 'markAllRead', { communityId: C })).unread).toBe(0);
    expect((await api.ok(SON, 'notices', 'list', { communityId: C, unreadOnly: true })).items).toEqual([]);
  });
});

describe('WeChat subscription messages', () => {
  it('queues a WeChat send only while a consent of that kind is left; otherwise the inbox alone', async () => {
    const user = await idOf('demo-committee');
    await addEvent(t.db, C, 'n-consent', { capacity: 1 });
    await addEvent(t.db, C, 'n-consent-2', { capacity: 1 });
    const counts = await api.ok('demo-committee', 'notices', 'consent', {
      communityId: C,
      kinds: ['reminder', 'promoted', 'event_cancelled'],
    });
    expect(counts).toEqual(
      expect.arrayContaining([
        { kind: 'reminder', remaining: 1 },
        { kind: 'promoted', remaining: 1 },
      ]),
    );
    const first = await api.ok('demo-committee', 'events', 'signup', {
      communityId: C,
      eventId: 'n-consent',
      partySize: 1,
    });
    expect(first.status).toBe('confirmed');
    // A second sign-up with no consent left: its reminder is inbox-only.
    await api.ok('demo-committee', 'events', 'signup', {
      communityId: C,
      eventId: 'n-consent-2',
      partySize: 1,
    });
    const reminders = await outboxOf(user, 'reminder');
    expect(reminders).toEqual([
      expect.objectContaining({ channel: 'wechat', dedupe_key: `reminder:${first.id}` }),
    ]);
    const prefs = await api.ok('demo-committee', 'notices', 'preferences', { communityId: C });
    expect(prefs.consents).toEqual(expect.arrayContaining([{ kind: 'reminder', remaining: 0 }]));
    const inboxReminders = await query(
      t.db,
      sql`select 1 from inbox where user_id = ${user} and kind = 'reminder'`,
    );
    expect(inboxReminders).toHaveLength(2);

    // Cancelling gives the unspent consent back.
    await api.ok('demo-committee', 'events', 'cancelRegistration', {
      communityId: C,
      registrationId: first.id,
    });
    const again = await api.ok('demo-committee', 'notices', 'preferences', { communityId: C });
    expect(again.consents).toEqual(expect.arrayContaining([{ kind: 'reminder', remaining: 1 }]));
  });
});

describe('changes reach people', () => {
  it('re-times queued reminders to the new start and tells every registrant', async () => {
    await addEvent(t.db, C, 'n-move', { capacity: 1 });
    const volunteer = await idOf('demo-volunteer');
    await api.ok('demo-volunteer', 'notices', 'consent', { communityId: C, kinds: ['reminder'] });
    const reg = await api.ok('demo-volunteer', 'events', 'signup', {
      communityId: C,
      eventId: 'n-move',
      partySize: 1,
    });
    await api.ok('demo-admin', 'events', 'signup', { communityId: C, eventId: 'n-move', partySize: 1 }); // waitlisted
    const detail = await api.ok(STAFF, 'events', 'detail', { communityId: C, eventId: 'n-move' });
    const newStart = new Date(new Date(detail.startsAt).getTime() + 2 * 24 * HOUR);
    await api.ok(STAFF, 'events', 'update', {
      communityId: C,
      eventId: 'n-move',
      startsAt: newStart.toISOString(),
      endsAt: new Date(newStart.getTime() + 3 * HOUR).toISOString(),
      place: '党群服务中心二楼',
    });
    const [queued] = (await outboxOf(volunteer, 'reminder')).filter(
      (r) => r.dedupe_key === `reminder:${reg.id}`,
    );
    expect(new Date(queued.send_after).getTime()).toBe(newStart.getTime() - 24 * HOUR);
    const [shown] = await query<{ visible_at: string; body: string }>(
      t.db,
      sql`select visible_at, body from inbox where dedupe_key = ${`reminder:${reg.id}`}`,
    );
    expect(new Date(shown.visible_at).getTime()).toBe(newStart.getTime() - 24 * HOUR);
    expect(shown.body).toContain('党群服务中心二楼');

    for (const who of ['demo-volunteer', 'demo-admin']) {
      const inbox = await api.ok(who, 'notices', 'list', { communityId: C });
      expect(inbox.items[0]).toMatchObject({
        kind: 'event_changed',
        body: expect.stringContaining('地点改为 党群服务中心二楼'),
      });
    }
    // The reminder goes out at the new time, not the old one.
    const early = recorder();
    await runTimer(t.db, early.sender, new Date(new Date(detail.startsAt).getTime() - 23 * HOUR));
    expect(early.sent.filter((m) => m.payload.eventId === 'n-move')).toHaveLength(0);
    const onTime = recorder();
    await runTimer(t.db, onTime.sender, new Date(newStart.getTime() - 23 * HOUR));
    expect(onTime.sent.filter((m) => m.payload.eventId === 'n-move')).toEqual([
      expect.objectContaining({ kind: 'reminder', channel: 'wechat', openid: 'demo-volunteer' }),
    ]);
  });
});

describe('SMS for elders without WeChat', () => {
  it('texts an elder signed up by proxy (seat, promotion, change), caps a number per day, honours an opt-out', async () => {
    await addEvent(t.db, C, 'n-sms', { capacity: 10 });
    const elder = await offlineElder('孙大爷', '13900001111', 'n-sms');
    const sms = await outboxOf(elder.userId, 'signup_confirmed');
    expect(sms).toEqual([expect.objectContaining({ channel: 'sms', status: 'pending' })]);
    // No WeChat row ever for someone without WeChat.
    expect(
      (await query(t.db, sql`select 1 from outbox where user_id = ${elder.userId} and channel = 'wechat'`))
        .length,
    ).toBe(0);

    const lines: string[] = [];
    const printing = logSender((l) => lines.push(l));
    await runTimer(t.db, printing, new Date(Date.now() + 1000));
    expect(
      lines.some((l) => l.startsWith('[notice] signup_confirmed → [sms] 139****1111：测试活动 n-sms')),
    ).toBe(true);
    expect((await outboxOf(elder.userId, 'signup_confirmed'))[0].status).toBe('sent');

    // Five changes in a day: the cap (5 a day) stops the sixth text; the inbox still has every one.
    for (let i = 1; i <= 5; i++) {
      await api.ok(STAFF, 'events', 'update', { communityId: C, eventId: 'n-sms', place: `活动室 ${i} 号` });
    }
    await runTimer(t.db, printing, new Date(Date.now() + 1000));
    const changes = await outboxOf(elder.userId, 'event_changed');
    expect(changes.filter((c) => c.status === 'sent')).toHaveLength(4);
    expect(changes.filter((c) => c.status === 'cancelled')).toEqual([
      expect.objectContaining({ last_error: 'daily SMS cap reached' }),
    ]);
    const inboxChanges = await query(
      t.db,
      sql`select 1 from inbox where user_id = ${elder.userId} and kind = 'event_changed'`,
    );
    expect(inboxChanges).toHaveLength(5);

    // Opt-out: a resident may not set it for someone else; the grid worker may; then no more texts.
    expect(
      (await api.err(SON, 'notices', 'smsOptOut', { communityId: C, residentId: elder.userId, optOut: true }))
        .code,
    ).toBe('AUTH.FORBIDDEN');
    await api.ok('demo-grid', 'notices', 'smsOptOut', {
      communityId: C,
      residentId: elder.userId,
      optOut: true,
    });
    await api.ok(STAFF, 'events', 'cancel', { communityId: C, eventId: 'n-sms', reason: '天气原因' });
    expect(await outboxOf(elder.userId, 'event_cancelled')).toEqual([]);
    expect(
      (
        await query(
          t.db,
          sql`select 1 from inbox where user_id = ${elder.userId} and kind = 'event_cancelled'`,
        )
      ).length,
    ).toBe(1);
  });

  it('signs Tencent Cloud SendSms (TC3) and reads its reply, against a local fake', async () => {
    const seen: { headers: http.IncomingHttpHeaders; body: string }[] = [];
    const server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        seen.push({ headers: req.headers, body });
        const parsed = JSON.parse(body) as { PhoneNumberSet: string[] };
        const code = parsed.PhoneNumberSet[0].endsWith('0000') ? 'LimitExceeded.PhoneNumberDailyLimit' : 'Ok';
        res.setHeader('content-type', 'application/json');
        res.end(
          JSON.stringify({ Response: { SendStatusSet: [{ Code: code, Message: code }], RequestId: 'r1' } }),
        );
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const cfg = {
      secretId: 'AKID-test',
      secretKey: 'key',
      sdkAppId: '1400000000',
      signName: '邻里',
      region: 'ap-guangzhou',
      endpoint,
    };
    try {
      const sender = smsSender(
        tencentSmsProvider(cfg, () => 1_700_000_000_000),
        { promoted: 'T-100' },
      );
      const msg: OutgoingMessage = {
        id: 'o1',
        kind: 'promoted',
        channel: 'sms',
        openid: '',
        phone: '13900001111',
        payload: { title: '重阳敬老宴', startsAt: '2026-12-07T03:30:00.000Z', seatNos: [12] },
      };
      await sender.send(msg);
      const [call] = seen;
      expect(JSON.parse(call.body)).toEqual({
        PhoneNumberSet: ['+8613900001111'],
        SmsSdkAppId: '1400000000',
        SignName: '邻里',
        TemplateId: 'T-100',
        TemplateParamSet: ['重阳敬老宴', '2026年12月07日 11:30', '候补成功，座位 12 号'],
      });
      expect(call.headers['x-tc-action']).toBe('SendSms');
      expect(call.headers.authorization).toBe(
        tc3Authorization({
          ...cfg,
          service: 'sms',
          host: new URL(endpoint).host,
          action: 'SendSms',
          body: call.body,
          timestamp: 1_700_000_000,
        }),
      );
      expect(call.headers.authorization).toMatch(
        /^TC3-HMAC-SHA256 Credential=AKID-test\/2023-11-14\/sms\/tc3_request, /,
      );
      await expect(sender.send({ ...msg, phone: '13900000000' })).rejects.toThrow('LimitExceeded');
      await expect(smsSender(tencentSmsProvider(cfg), {}).send(msg)).rejects.toThrow('no SMS template');
    } finally {
      server.close();
    }
  });
});

describe('family copies', () => {
  it("copies an elder's notices to a relative who chose it, with the elder's name", async () => {
    const { code } = await api.ok(ELDER, 'family', 'createCode', { communityId: C });
    const linked = await api.ok(SON, 'family', 'link', { communityId: C, code });
    const link = linked.elders[0];
    await addEvent(t.db, C, 'n-family', { capacity: 5 });
    await api.ok(ELDER, 'events', 'signup', { communityId: C, eventId: 'n-family', partySize: 1 });
    const before = await api.ok(SON, 'notices', 'list', { communityId: C });
    expect(before.items.some((i) => i.forName === '张秀英')).toBe(false);

    // Only the relative chooses; the elder cannot switch it on for the relative's link… by the link id.
    expect(
      (await api.err(ELDER, 'notices', 'familyCopies', { communityId: C, linkId: link.linkId, on: true }))
        .code,
    ).toBe('NOTICES.LINK_NOT_FOUND');
    const prefs = await api.ok(SON, 'notices', 'familyCopies', {
      communityId: C,
      linkId: link.linkId,
      on: true,
    });
    expect(prefs.familyCopies).toEqual([expect.objectContaining({ elderName: '张秀英', on: true })]);

    await api.ok(STAFF, 'events', 'cancel', { communityId: C, eventId: 'n-family', reason: '场地维修' });
    const after = await api.ok(SON, 'notices', 'list', { communityId: C });
    expect(after.items[0]).toMatchObject({
      kind: 'event_cancelled',
      title: '【张秀英】活动取消：测试活动 n-family',
      forName: '张秀英',
    });
    // The elder's own notice is still the elder's.
    const elderInbox = await api.ok(ELDER, 'notices', 'list', { communityId: C });
    expect(elderInbox.items[0]).toMatchObject({ kind: 'event_cancelled', forName: null });

    await api.ok(SON, 'notices', 'familyCopies', { communityId: C, linkId: link.linkId, on: false });
    await addEvent(t.db, C, 'n-family-2', { capacity: 5 });
    await api.ok(ELDER, 'events', 'signup', { communityId: C, eventId: 'n-family-2', partySize: 1 });
    const off = await api.ok(SON, 'notices', 'list', { communityId: C });
    expect(off.items[0].title).not.toContain('n-family-2');
  });
});
