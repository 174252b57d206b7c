/** Volunteer points: minted only from confirmed service, once; never negative; invariants published. */
import { sql } from 'drizzle-orm';
import { query } from '../../server/db/query';
import { coverage } from '../../server/domain/ledger/coverage';
import { checkInvariants } from '../../server/domain/ledger/invariants';
import { addEvent, addResidents } from './support/fixtures';
import { seededApi } from './support/seeded';
import { onPostgres } from './support/test-db';

let clock = new Date();
const C = 'bijiqiao';
const HOUR = 3600_000;

const { t, api, userId } = seededApi({ poolSize: 10, now: () => clock });

const expectInvariants = async () => {
  expect((await checkInvariants(t.db, C)).ok).toBe(true);
  expect(await coverage(t.db, C, 'fast')).toEqual(await coverage(t.db, C, 'full'));
};

describe('earning from an event', () => {
  it('credits attendance and volunteer hours once, even when staff confirm twice at the same time', async () => {
    clock = new Date();
    const EVENT = await addEvent(t.db, C, 'earn-1', { capacity: 20 });
    await query(t.db, sql`update events set attendance_points = 5 where id = ${EVENT}`);
    await query(
      t.db,
      sql`insert into event_roles (community_id, event_id, id, name, quota, points_per_hour)
      values (${C}, ${EVENT}, 'guide', '引导', 5, 12)`,
    );
    const people = await addResidents(t.db, C, 'earn', 6);
    const regs = [];
    for (const p of people)
      regs.push(
        await api.ok(p, 'events', 'signup', { communityId: C, eventId: EVENT, partySize: 1 }, `earn-${p}`),
      );
    for (const r of regs.slice(0, 4))
      await api.ok('demo-staff', 'events', 'checkInByRoster', { communityId: C, registrationId: r.id });
    const shift = await api.ok('demo-volunteer', 'events', 'volunteerSignup', {
      communityId: C,
      eventId: EVENT,
      roleId: 'guide',
    });
    // The event happens: move the clock past its start; the volunteer serves 2 hours.
    clock = new Date(Date.now() + 10 * 24 * HOUR + HOUR);
    await api.ok('demo-staff', 'events', 'shiftCheckIn', { communityId: C, shiftId: shift.id });
    clock = new Date(clock.getTime() + 2 * HOUR);
    await api.ok('demo-staff', 'events', 'shiftCheckOut', { communityId: C, shiftId: shift.id });

    const confirm = (key: string) =>
      api.raw(
        'events',
        { action: 'confirmAttendance', data: { communityId: C, eventId: EVENT }, requestKey: key },
        'demo-staff',
      );
    const [a, b] = await Promise.all([confirm('confirm-a-1'), confirm('confirm-b-1')]);
    expect(a.reply.ok && b.reply.ok).toBe(true);
    const results = [a, b].map(
      (r) => (r.reply as { data: { attended: number; pointsAwarded: number } }).data,
    );
    expect(results.map((r) => r.pointsAwarded).sort((x, y) => x - y)).toEqual([0, 4 * 5 + 24]);

    for (const p of people.slice(0, 4))
      expect((await api.ok(p, 'points', 'mine', { communityId: C })).balance).toBe(5);
    for (const p of people.slice(4))
      expect((await api.ok(p, 'points', 'mine', { communityId: C })).balance).toBe(0);
    const vol = await api.ok('demo-volunteer', 'points', 'mine', { communityId: C });
    expect(vol).toMatchObject({ balance: 24, serviceMinutes: 120 });
    expect(vol.recent[0]).toMatchObject({
      amount: 24,
      code: 'volunteer_hours',
      eventTitle: '测试活动 earn-1',
      actorName: '王芳',
    });
    const cert = await api.ok('demo-volunteer', 'points', 'certificate', { communityId: C });
    expect(cert).toMatchObject({ holderName: '陈静', communityName: '碧鸡桥社区', totalMinutes: 120 });
    expect(cert.records[0]).toMatchObject({
      eventTitle: '测试活动 earn-1',
      roleName: '引导',
      minutes: 120,
      organizer: '碧鸡桥社区',
    });
    const late = await api.err('demo-staff', 'events', 'adjustShift', {
      communityId: C,
      shiftId: shift.id,
      minutes: 600,
    });
    expect(late.code).toBe('EVENTS.ATTENDANCE_CONFIRMED');
    await expectInvariants();
  });

  it('refuses to confirm attendance before the event starts', async () => {
    clock = new Date();
    const EVENT = await addEvent(t.db, C, 'early', { capacity: 5 });
    expect(
      (await api.err('demo-staff', 'events', 'confirmAttendance', { communityId: C, eventId: EVENT })).code,
    ).toBe('EVENTS.NOT_STARTED');
  });
});

describe(`deductions racing on ${onPostgres ? 'PostgreSQL' : 'PGlite'}`, () => {
  it('lets exactly 50 of 100 concurrent deductions of 10 through a balance of 500, never below zero', async () => {
    clock = new Date();
    const [p] = await addResidents(t.db, C, 'ded', 1);
    const id = await userId(p);
    await api.ok(
      'demo-staff',
      'points',
      'award',
      { communityId: C, residentId: id, amount: 500, reason: '测试' },
      'award-500-key',
    );
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        api.raw(
          'points',
          {
            action: 'deduct',
            data: { communityId: C, residentId: id, amount: 10, reason: '测试扣减' },
            requestKey: `deduct-${i}-key`,
          },
          'demo-staff',
        ),
      ),
    );
    const codes = results.map((r) => (r.reply.ok ? 'ok' : r.reply.error.code));
    expect(codes.filter((c) => c === 'ok')).toHaveLength(50);
    expect(codes.filter((c) => c === 'POINTS.INSUFFICIENT')).toHaveLength(50);
    expect((await api.ok(p, 'points', 'mine', { communityId: C })).balance).toBe(0);
    await expectInvariants();
    const trail = await query(
      t.db,
      sql`select 1 from audit_log where action = 'points.deduct' and target_id = ${id}`,
    );
    expect(trail).toHaveLength(50);
  });
});

describe('the invariant check', () => {
  it('fails with a clear report on a corrupted database, naming the account', async () => {
    const id = await userId('demo-volunteer');
    await query(t.db, sql`update accounts set balance = balance + 7 where id = ${'points:' + id}`);
    const report = await api.ok('demo-committee', 'points', 'invariants', { communityId: C });
    expect(report.ok).toBe(false);
    const failed = report.checks.filter((c) => !c.ok).map((c) => c.name);
    expect(failed).toEqual(expect.arrayContaining(['balanced', 'balances_match_transfers']));
    expect(report.checks.find((c) => c.name === 'balances_match_transfers')!.detail).toContain(
      `points:${id}`,
    );
    await query(t.db, sql`update accounts set balance = balance - 7 where id = ${'points:' + id}`);
    expect((await api.ok('demo-staff', 'points', 'invariants', { communityId: C })).ok).toBe(true);
    expect((await api.err('demo-resident', 'points', 'invariants', { communityId: C })).code).toBe(
      'AUTH.FORBIDDEN',
    );
  });
});

describe('volunteer registration and manual awards', () => {
  it('approves a volunteer application, granting the role, and records it in the audit trail', async () => {
    const app = await api.ok('demo-resident', 'points', 'apply', {
      communityId: C,
      realName: '李明',
      phone: '13911112222',
    });
    expect(app).toMatchObject({ status: 'pending', phoneMasked: '139****2222' });
    expect(
      (
        await api.err('demo-resident', 'points', 'apply', {
          communityId: C,
          realName: '李明',
          phone: '13911112222',
        })
      ).code,
    ).toBe('POINTS.APPLICATION_PENDING');
    expect(
      (
        await api.err('demo-resident', 'events', 'volunteerSignup', {
          communityId: C,
          eventId: 'chongyang-volunteers',
          roleId: 'guide',
        })
      ).code,
    ).toBe('AUTH.FORBIDDEN');
    await api.ok('demo-staff', 'points', 'review', { communityId: C, applicationId: app.id, approve: true });
    expect(
      (
        await api.err('demo-staff', 'points', 'review', {
          communityId: C,
          applicationId: app.id,
          approve: false,
        })
      ).code,
    ).toBe('POINTS.APPLICATION_DECIDED');
    const shift = await api.ok('demo-resident', 'events', 'volunteerSignup', {
      communityId: C,
      eventId: 'chongyang-volunteers',
      roleId: 'guide',
    });
    expect(shift).toMatchObject({ roleName: '入场引导', status: 'signed_up' });
  });

  it('refuses an award the fund could not honour', async () => {
    await query(t.db, sql`update communities set point_value_fen = 100000 where id = ${C}`);
    const id = await userId('demo-elder');
    const res = await api.err('demo-staff', 'points', 'award', {
      communityId: C,
      residentId: id,
      amount: 10_000,
      reason: '太多',
    });
    expect(res.code).toBe('FUND.POINTS_NOT_COVERED');
    await query(t.db, sql`update communities set point_value_fen = 10 where id = ${C}`);
    expect((await api.ok('demo-elder', 'points', 'mine', { communityId: C })).balance).toBe(0);
    await expectInvariants();
  });

  it('shows staff an overview with issued, outstanding and top volunteers', async () => {
    const o = await api.ok('demo-staff', 'points', 'overview', { communityId: C });
    expect(o.issued).toBeGreaterThan(500);
    expect(o.outstanding).toBe(o.coverage.outstandingPoints);
    expect(o.topVolunteers[0]).toMatchObject({ name: '陈静', minutes: 120 });
    const found = await api.ok('demo-staff', 'points', 'residents', { communityId: C, query: '陈静' });
    const ledger = await api.ok('demo-staff', 'points', 'ledger', {
      communityId: C,
      residentId: found[0].userId,
    });
    expect(ledger.entries.length).toBeGreaterThan(0);
  });
});

describe('the demo community', () => {
  it("has last week's river clean-up waiting for staff: confirming it gives each of its 3 volunteers 2 hours and 20 points", async () => {
    clock = new Date();
    const before = await api.ok('demo-volunteer', 'points', 'mine', { communityId: C });
    const shifts = await api.ok('demo-staff', 'events', 'shifts', {
      communityId: C,
      eventId: 'river-cleanup',
    });
    expect(shifts.map((s) => s.userName)).toContain('陈静');
    expect(shifts.every((s) => s.minutes !== null && s.minutes >= 110 && s.confirmedAt === null)).toBe(true);
    const result = await api.ok(
      'demo-staff',
      'events',
      'confirmAttendance',
      { communityId: C, eventId: 'river-cleanup' },
      'confirm-river-cleanup',
    );
    expect(result).toMatchObject({ volunteerShifts: 3, alreadyConfirmed: false });
    const after = await api.ok('demo-volunteer', 'points', 'mine', { communityId: C });
    const minutes = shifts.find((s) => s.userName === '陈静')!.minutes!;
    expect(after.balance - before.balance).toBe(Math.floor((minutes * 10) / 60));
    const cert = await api.ok('demo-volunteer', 'points', 'certificate', { communityId: C });
    expect(cert.records).toContainEqual(
      expect.objectContaining({
        eventTitle: '清水河河道清洁志愿活动',
        roleName: '河道清扫',
        minutes,
        confirmedBy: '王芳',
      }),
    );
    await expectInvariants();
  });
});

describe('我的积分 history', () => {
  it('pages through every entry, newest first, 30 at a time, without gaps or repeats', async () => {
    clock = new Date();
    const [p] = await addResidents(t.db, C, 'hist', 1);
    const id = await userId(p);
    for (let i = 1; i <= 65; i++)
      await api.ok('demo-staff', 'points', 'award', {
        communityId: C,
        residentId: id,
        amount: i,
        reason: `第 ${i} 次`,
      });
    const first = await api.ok(p, 'points', 'mine', { communityId: C });
    expect(first.recent).toHaveLength(30);
    expect(first.moreCursor).not.toBeNull();
    const second = await api.ok(p, 'points', 'history', { communityId: C, before: first.moreCursor! });
    const third = await api.ok(p, 'points', 'history', { communityId: C, before: second.nextCursor! });
    expect([second.entries.length, third.entries.length, third.nextCursor]).toEqual([30, 5, null]);
    const amounts = [...first.recent, ...second.entries, ...third.entries].map((e) => e.amount);
    expect(amounts).toEqual(Array.from({ length: 65 }, (_, i) => 65 - i));
    expect(amounts.reduce((a, b) => a + b, 0)).toBe(first.balance);
    const bad = await api.err(p, 'points', 'history', {
      communityId: C,
      before: "x'; drop table transfers; --",
    });
    expect(bad).toMatchObject({ status: 400, code: 'INPUT.INVALID' });
  });
});
