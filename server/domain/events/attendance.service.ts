/**
 * After the event, staff confirm attendance once: checked-in registrations attended, the rest did
 * not; volunteer shifts get their final minutes. Attendance points and volunteer-hour points are
 * minted in the same transaction, each transfer keyed by its cause, so a repeat (even a concurrent
 * one) credits nobody twice.
 */
import { and, eq, isNull, ne, sql } from 'drizzle-orm';
import type { ActionParsed, AttendanceResult } from '@linli/types';
import { registrations, volunteerShifts } from '../../db/schema';
import { fail } from '../shared/app-error';
import type { Ctx } from '../shared/context';
import { ACCOUNTS } from '../ledger/accounts';
import { ensurePointsAccount, transfer } from '../ledger/ledger';
import { assertCovered, lockFund } from '../ledger/coverage';
import { requireEvent } from './visibility';
import { lockEvent } from './seats';
import { shiftMinutes, shiftsOfEvent } from './shifts.repository';
import { notifyPoints } from '../notify/points-notices';

export async function confirmAttendance(
  ctx: Ctx,
  input: ActionParsed<'events', 'confirmAttendance'>,
): Promise<AttendanceResult> {
  const { communityId, eventId } = input;
  await lockEvent(ctx.db, communityId, eventId);
  await lockFund(ctx.db, communityId);
  const event = await requireEvent(ctx, communityId, eventId);
  if (event.status !== 'published' && event.status !== 'finished') fail('EVENTS.BAD_STATUS_CHANGE');
  if (ctx.now < event.startsAt) fail('EVENTS.NOT_STARTED');

  const marked = await ctx.db
    .update(registrations)
    .set({ attended: sql<boolean>`${registrations.checkedInAt} is not null`, attendanceConfirmedAt: ctx.now })
    .where(
      and(
        eq(registrations.communityId, communityId),
        eq(registrations.eventId, eventId),
        eq(registrations.status, 'confirmed'),
        isNull(registrations.attendanceConfirmedAt),
      ),
    )
    .returning({ userId: registrations.userId, attended: registrations.attended, id: registrations.id });
  let pointsAwarded = 0;
  for (const r of marked.filter((m) => m.attended)) {
    if (event.attendancePoints <= 0) break;
    const to = await ensurePointsAccount(ctx.db, communityId, r.userId);
    const t = await transfer(ctx.db, {
      communityId,
      idempotencyKey: `attendance:${eventId}:${r.userId}`,
      unit: 'points',
      from: ACCOUNTS.issuance.id,
      to,
      amount: event.attendancePoints,
      code: 'attendance',
      refType: 'event',
      refId: eventId,
      actorUserId: ctx.actor.userId,
      memo: `参加活动：${event.title}`,
    });
    if (t.created) {
      pointsAwarded += event.attendancePoints;
      await notifyPoints(
        ctx,
        communityId,
        r.userId,
        event.attendancePoints,
        `参加活动：${event.title}`,
        `attendance:${eventId}:${r.userId}`,
      );
    }
  }

  const open = (await shiftsOfEvent(ctx.db, communityId, eventId)).filter((s) => s.status === 'signed_up' && !s.confirmedAt);
  for (const s of open) {
    const minutes = shiftMinutes(s) ?? 0;
    const updated = await ctx.db
      .update(volunteerShifts)
      .set({ confirmedMinutes: minutes, confirmedAt: ctx.now, confirmedBy: ctx.actor.userId })
      .where(
        and(
          eq(volunteerShifts.communityId, communityId),
          eq(volunteerShifts.id, s.id),
          isNull(volunteerShifts.confirmedAt),
          ne(volunteerShifts.status, 'cancelled'),
        ),
      )
      .returning({ userId: volunteerShifts.userId });
    const points = Math.floor((minutes * s.pointsPerHour) / 60);
    if (updated.length === 0 || points <= 0) continue;
    const to = await ensurePointsAccount(ctx.db, communityId, updated[0].userId);
    const t = await transfer(ctx.db, {
      communityId,
      idempotencyKey: `volunteer:${s.id}`,
      unit: 'points',
      from: ACCOUNTS.issuance.id,
      to,
      amount: points,
      code: 'volunteer_hours',
      refType: 'shift',
      refId: s.id,
      actorUserId: ctx.actor.userId,
      memo: `志愿服务：${event.title}·${s.roleName} ${(minutes / 60).toFixed(1)} 小时`,
    });
    if (t.created) {
      pointsAwarded += points;
      await notifyPoints(
        ctx,
        communityId,
        updated[0].userId,
        points,
        `志愿服务：${event.title}·${s.roleName}`,
        `volunteer:${s.id}`,
      );
    }
  }
  if (pointsAwarded > 0) await assertCovered(ctx.db, communityId);
  const attended = marked.filter((m) => m.attended).length;
  return {
    eventId,
    attended,
    absent: marked.length - attended,
    volunteerShifts: open.length,
    pointsAwarded,
    alreadyConfirmed: marked.length === 0 && open.length === 0,
  };
}
