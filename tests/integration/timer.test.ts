/**
 * The timer: reminders leave when due and only once; a failing send is retried with back-off and
 * recorded as failed after 5 tries, never dropped; elders without WeChat are not messaged; every run
 * records the invariant check the public board shows. Plus the cloud function's entry.
 */
import { sql } from 'drizzle-orm';
import { query } from '../../server/db/query';
import { enqueue, type OutgoingMessage, type Sender } from '../../server/domain/notify/outbox';
import {
  logSender,
  messageData,
  wechatSender,
  type SubscribeMessageApi,
} from '../../server/domain/notify/senders';
import { runTimer } from '../../server/domain/notify/timer';
import { makeTimerMain } from '../../server/functions/timer';
import { seededApi } from './support/seeded';

const C = 'bijiqiao';
const HOUR = 3600_000;

const { t, api } = seededApi();

function recorder(fail: (m: OutgoingMessage) => boolean = () => false) {
  const sent: OutgoingMessage[] = [];
  const sender: Sender = {
    async send(m) {
      if (fail(m)) throw new Error('errcode 43101: user refuses to accept the msg');
      sent.push(m);
    },
  };
  return { sent, sender };
}

const outboxRow = async (key: string) =>
  (
    await query<{ status: string; attempts: number; last_error: string | null; send_after: string }>(
      t.db,
      sql`select status, attempts, last_error, send_after from outbox where dedupe_key = ${key}`,
    )
  )[0];

it('sends a sign-up reminder when it falls due, once', async () => {
  // The app reports the accepted subscription prompt before signing up: one reminder allowed.
  await api.ok('demo-elder', 'notices', 'consent', { communityId: C, kinds: ['reminder'] });
  const reg = await api.ok('demo-elder', 'events', 'signup', {
    communityId: C,
    eventId: 'chongyang-banquet',
    partySize: 1,
    remind: true,
  });
  const key = `reminder:${reg.id}`;
  const due = new Date((await outboxRow(key)).send_after);
  const detail = await api.ok('demo-elder', 'events', 'detail', {
    communityId: C,
    eventId: 'chongyang-banquet',
  });
  expect(due.getTime()).toBe(new Date(detail.startsAt).getTime() - 24 * HOUR);

  // The demo's open appeals turn overdue as the clock moves days ahead; their notices are another test's.
  const eventNotices = (r: { sent: OutgoingMessage[] }) => r.sent.filter((m) => !m.kind.startsWith('appeal_'));
  const early = recorder();
  await runTimer(t.db, early.sender, new Date(due.getTime() - 60_000));
  expect(eventNotices(early)).toHaveLength(0);

  const onTime = recorder();
  const r = await runTimer(t.db, onTime.sender, new Date(due.getTime() + 1000));
  expect(eventNotices(onTime)).toEqual([expect.objectContaining({ kind: 'reminder', openid: 'demo-elder' })]);
  expect(eventNotices(onTime)[0].payload).toMatchObject({ title: '重阳敬老宴', eventId: 'chongyang-banquet' });
  expect(r.notices).toMatchObject({ failed: 0 });
  expect(await outboxRow(key)).toMatchObject({ status: 'sent', attempts: 1 });

  const again = recorder();
  await runTimer(t.db, again.sender, new Date(due.getTime() + HOUR));
  expect(eventNotices(again)).toHaveLength(0);
});

it('retries a failed send with growing back-off and keeps it, marked failed, after 5 tries', async () => {
  const user = (
    await query<{ id: string }>(t.db, sql`select id from users where openid = 'demo-resident'`)
  )[0].id;
  const key = 'test:retry-1';
  const start = new Date();
  await enqueue(t.db, {
    communityId: C,
    kind: 'promoted',
    userId: user,
    payload: { title: '测试', startsAt: start.toISOString(), seatNos: [7] },
    dedupeKey: key,
    sendAfter: start,
  });
  const failing = recorder(() => true);
  let clock = start;
  const waits: number[] = [];
  for (let i = 1; i <= 5; i++) {
    await runTimer(t.db, failing.sender, clock);
    const row = await outboxRow(key);
    expect(row.attempts).toBe(i);
    expect(row.last_error).toContain('43101');
    expect(row.status).toBe(i < 5 ? 'pending' : 'failed');
    const next = new Date(row.send_after);
    waits.push(next.getTime() - clock.getTime());
    // Not picked again before its back-off ends.
    await runTimer(t.db, failing.sender, new Date(next.getTime() - 1000));
    expect((await outboxRow(key)).attempts).toBe(i);
    clock = new Date(next.getTime() + 1000);
  }
  expect(waits).toEqual([2, 4, 8, 16, 32].map((m) => m * 60_000));
  // Failed is final and kept: later runs neither send nor delete it.
  const later = recorder();
  await runTimer(t.db, later.sender, new Date(clock.getTime() + 24 * HOUR));
  expect(later.sent.filter((m) => m.payload.title === '测试')).toHaveLength(0);
  expect(await outboxRow(key)).toMatchObject({ status: 'failed', attempts: 5 });
});

it('does not message an elder who has no WeChat (代报名): the notice is closed with the reason', async () => {
  const offline = (
    await query<{ id: string }>(
      t.db,
      sql`insert into users (openid, name, nickname) values ('offline:timer-test', '王桂兰', '王桂兰') returning id`,
    )
  )[0].id;
  await enqueue(t.db, {
    communityId: C,
    kind: 'reminder',
    userId: offline,
    payload: { title: '重阳敬老宴' },
    dedupeKey: 'test:offline-1',
  });
  const r = recorder();
  await runTimer(t.db, r.sender, new Date(Date.now() + 1000));
  expect(r.sent.filter((m) => m.openid.startsWith('offline:'))).toHaveLength(0);
  expect(await outboxRow('test:offline-1')).toMatchObject({
    status: 'cancelled',
    last_error: 'no WeChat account',
  });
});

it('records the invariant check on every run, and the public board shows the latest', async () => {
  const before = (
    await query<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from invariant_runs where community_id = ${C}`,
    )
  )[0].n;
  const r = await runTimer(t.db, recorder().sender);
  expect(r.invariants).toEqual([{ communityId: C, ok: true }]);
  const after = (
    await query<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from invariant_runs where community_id = ${C}`,
    )
  )[0].n;
  expect(after).toBe(before + 1);
  const board = await api.ok('demo-resident', 'fund', 'board', { communityId: C });
  expect(board.invariants).toMatchObject({ ok: true });
});

describe('senders', () => {
  const msg: OutgoingMessage = {
    id: 'n1',
    kind: 'reminder',
    channel: 'wechat',
    openid: 'o-elder',
    phone: null,
    payload: {
      eventId: 'chongyang-banquet',
      title: '重阳敬老宴',
      startsAt: '2026-12-07T03:30:00.000Z',
      place: '碧鸡桥社区党群服务中心 一楼大厅（东门进）',
    },
  };

  it('builds the subscription message with its template, page and ≤20-character fields', async () => {
    const calls: Parameters<SubscribeMessageApi['send']>[0][] = [];
    const sender = wechatSender(
      { send: async (o) => (calls.push(o), { errCode: 0 }) },
      { reminder: 'TMPL-R' },
    );
    await sender.send(msg);
    expect(calls).toEqual([
      {
        touser: 'o-elder',
        templateId: 'TMPL-R',
        page: 'pages/event/index?id=chongyang-banquet',
        data: {
          thing1: { value: '重阳敬老宴' },
          time2: { value: '2026年12月07日 11:30' },
          thing3: { value: '地点：碧鸡桥社区党群服务中心 一楼大厅…' },
        },
      },
    ]);
    expect([...calls[0].data.thing3.value].length).toBeLessThanOrEqual(20);
    expect(
      messageData('promoted', { title: '重阳敬老宴', startsAt: msg.payload.startsAt, seatNos: [12, 13] })
        .thing3.value,
    ).toBe('候补成功，座位 12、13 号');
  });

  it('counts a missing template or a WeChat error code as a failed send (so it is retried and recorded)', async () => {
    await expect(wechatSender({ send: async () => ({ errCode: 0 }) }, {}).send(msg)).rejects.toThrow(
      'no subscription template',
    );
    await expect(
      wechatSender({ send: async () => ({ errCode: 43101, errMsg: 'user refuse' }) }, { reminder: 'T' }).send(
        msg,
      ),
    ).rejects.toThrow('43101');
  });

  it('prints the notice locally', async () => {
    const lines: string[] = [];
    await logSender((l) => lines.push(l)).send(msg);
    expect(lines[0]).toBe(
      '[notice] reminder → o-elder：重阳敬老宴 · 2026年12月07日 11:30 · 地点：碧鸡桥社区党群服务中心 一楼大厅…',
    );
  });
});

describe('the timer cloud function', () => {
  it('runs on its trigger, sending through openapi, and refuses any other caller', async () => {
    const user = (
      await query<{ id: string }>(t.db, sql`select id from users where openid = 'demo-volunteer'`)
    )[0].id;
    await enqueue(t.db, {
      communityId: C,
      kind: 'event_cancelled',
      userId: user,
      payload: { eventId: 'x', title: '测试取消', startsAt: new Date().toISOString(), reason: '下雨' },
      dedupeKey: 'test:cloud-1',
    });
    const sends: string[] = [];
    const sdk = {
      init: () => {},
      DYNAMIC_CURRENT_ENV: null,
      getWXContext: () => ({}),
      openapi: {
        subscribeMessage: { send: async (o: { touser: string }) => (sends.push(o.touser), { errCode: 0 }) },
      },
    };
    const previous = process.env.LINLI_TMPL_CANCELLED;
    process.env.LINLI_TMPL_CANCELLED = 'TMPL-C';
    try {
      const main = makeTimerMain({ sdk: () => sdk, database: async () => t.database });
      expect(await main({ action: 'run' } as never)).toMatchObject({ ok: false });
      expect(sends).toEqual([]);
      const result = await main({
        Type: 'Timer',
        TriggerName: 'every-minute',
        Time: new Date().toISOString(),
      });
      expect(result).toMatchObject({ notices: { sent: 1 }, invariants: [{ communityId: C, ok: true }] });
      expect(sends).toEqual(['demo-volunteer']);
      expect(await outboxRow('test:cloud-1')).toMatchObject({ status: 'sent' });
    } finally {
      if (previous === undefined) delete process.env.LINLI_TMPL_CANCELLED;
      else process.env.LINLI_TMPL_CANCELLED = previous;
    }
  });
});
