/** Volunteer shifts: sign up for a role within its quota, check in and out, hours adjusted by staff. */
import { and, asc, eq, ne, sql } from 'drizzle-orm';
import type { ActionParsed, ShiftView } from '@linli/types';
import { query } from '../../db/query';
import { eventRoles, events, users, volunteerShifts } from '../../db/schema';
import { AppError, fail, isUniqueViolation } from '../shared/app-error';
import type { Ctx } from '../shared/context';
import { requireEvent } from './events.service';

const columns = {
  id: volunteerShifts.id,
  eventId: volunteerShifts.eventId,
  eventTitle: events.title,
  roleId: volunteerShifts.roleId,
  roleName: eventRoles.name,
  pointsPerHour: eventRoles.pointsPerHour,
  userId: volunteerShifts.userId,
  userName: sql<string>`coalesce(${users.name}, ${users.nickname})`,
  status: volunteerShifts.status,
  checkedInAt: volunteerShifts.checkedInAt,
  checkedOutAt: volunteerShifts.checkedOutAt,
  minutesAdjusted: volunteerShifts.minutesAdjusted,
  confirmedMinutes: volunteerShifts.confirmedMinutes,
  confirmedAt: volunteerShifts.confirmedAt,
};

function shiftQuery(ctx: Ctx) {
  return ctx.db
    .select(columns)
    .from(volunteerShifts)
    .innerJoin(events, and(eq(events.communityId, volunteerShifts.communityId), eq(events.id, volunteerShifts.eventId)))
    .innerJoin(
      eventRoles,
      and(
        eq(eventRoles.communityId, volunteerShifts.communityId),
        eq(eventRoles.eventId, volunteerShifts.eventId),
        eq(eventRoles.id, volunteerShifts.roleId),
      ),
    )
    .innerJoin(users, eq(users.id, volunteerShifts.userId));
}

export type ShiftRow = Awaited<ReturnType<ReturnType<typeof shiftQuery>['execute']>>[number];

/** Measured minutes from check-in to check-out, unless staff adjusted them. */
export function shiftMinutes(s: Pick<ShiftRow, 'minutesAdjusted' | 'checkedInAt' | 'checkedOutAt'>): number | null {
  if (s.minutesAdjusted !== null) return s.minutesAdjusted;
  if (!s.checkedInAt || !s.checkedOutAt) return null;
  return Math.max(0, Math.floor((s.checkedOutAt.getTime() - s.checkedInAt.getTime()) / 60_000));
}

function view(s: ShiftRow): ShiftView {
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  return {
    id: s.id,
    eventId: s.eventId,
    eventTitle: s.eventTitle,
    roleId: s.roleId,
    roleName: s.roleName,
    userName: s.userName,
    status: s.status as ShiftView['status'],
    checkedInAt: iso(s.checkedInAt),
    checkedOutAt: iso(s.checkedOutAt),
    minutes: shiftMinutes(s),
    confirmedMinutes: s.confirmedMinutes,
    confirmedAt: iso(s.confirmedAt),
  };
}

async function shiftById(ctx: Ctx, communityId: string, shiftId: string) {
  const [row] = await shiftQuery(ctx).where(and(eq(volunteerShifts.communityId, communityId), eq(volunteerShifts.id, shiftId)));
  return row;
}

export async function myShiftFor(ctx: Ctx, communityId: string, eventId: string): Promise<ShiftView | null> {
  const [row] = await shiftQuery(ctx).where(
    and(
      eq(volunteerShifts.communityId, communityId),
      eq(volunteerShifts.eventId, eventId),
      eq(volunteerShifts.userId, ctx.actor.userId),
      ne(volunteerShifts.status, 'cancelled'),
    ),
  );
  return row ? view(row) : null;
}

export async function volunteerSignup(ctx: Ctx, input: ActionParsed<'events', 'volunteerSignup'>): Promise<ShiftView> {
  const event = await requireEvent(ctx, input.communityId, input.eventId);
  if (event.status !== 'published' || ctx.now >= event.endsAt) fail('EVENTS.NOT_PUBLISHED');
  const [role] = await ctx.db
    .select()
    .from(eventRoles)
    .where(and(eq(eventRoles.communityId, input.communityId), eq(eventRoles.eventId, input.eventId), eq(eventRoles.id, input.roleId)));
  if (!role) fail('EVENTS.ROLE_NOT_FOUND');
  const taken = await query(
    ctx.db,
    sql`update ${eventRoles} set taken = taken + 1
      where community_id = ${input.communityId} and event_id = ${input.eventId} and id = ${input.roleId} and taken < quota
      returning taken`,
  );
  if (taken.length === 0) fail('EVENTS.ROLE_FULL');
  let id: string;
  try {
    [{ id }] = await ctx.db
      .insert(volunteerShifts)
      .values({ communityId: input.communityId, eventId: input.eventId, roleId: input.roleId, userId: ctx.actor.userId })
      .returning({ id: volunteerShifts.id });
  } catch (err) {
    if (isUniqueViolation(err, 'volunteer_shifts_active_uq')) throw new AppError('EVENTS.ALREADY_REGISTERED');
    throw err;
  }
  return view((await shiftById(ctx, input.communityId, id))!);
}

export async function cancelShift(ctx: Ctx, input: ActionParsed<'events', 'cancelShift'>): Promise<ShiftView> {
  const shift = await shiftById(ctx, input.communityId, input.shiftId);
  const staff = ctx.roles.includes('staff') || ctx.roles.includes('admin');
  if (!shift || (shift.userId !== ctx.actor.userId && !staff)) fail('EVENTS.SHIFT_NOT_FOUND');
  if (shift.status === 'cancelled') fail('EVENTS.ALREADY_CANCELLED');
  if (shift.checkedInAt) fail('EVENTS.ALREADY_CHECKED_IN');
  const done = await query(
    ctx.db,
    sql`update ${volunteerShifts} set status = 'cancelled'
      where community_id = ${input.communityId} and id = ${input.shiftId} and status = 'signed_up' and checked_in_at is null
      returning id`,
  );
  if (done.length === 0) fail('EVENTS.ALREADY_CANCELLED');
  await query(
    ctx.db,
    sql`update ${eventRoles} set taken = taken - 1
      where community_id = ${input.communityId} and event_id = ${shift.eventId} and id = ${shift.roleId}`,
  );
  return view((await shiftById(ctx, input.communityId, input.shiftId))!);
}

export async function shifts(ctx: Ctx, input: ActionParsed<'events', 'shifts'>): Promise<ShiftView[]> {
  await requireEvent(ctx, input.communityId, input.eventId);
  const rows = await shiftQuery(ctx)
    .where(and(eq(volunteerShifts.communityId, input.communityId), eq(volunteerShifts.eventId, input.eventId)))
    .orderBy(asc(volunteerShifts.roleId), asc(volunteerShifts.createdAt));
  return rows.map(view);
}

async function editShift(ctx: Ctx, communityId: string, shiftId: string) {
  const shift = await shiftById(ctx, communityId, shiftId);
  if (!shift || shift.status === 'cancelled') fail('EVENTS.SHIFT_NOT_FOUND');
  if (shift.confirmedAt) fail('EVENTS.ATTENDANCE_CONFIRMED');
  return shift;
}

export async function shiftCheckIn(ctx: Ctx, input: ActionParsed<'events', 'shiftCheckIn'>): Promise<ShiftView> {
  const shift = await editShift(ctx, input.communityId, input.shiftId);
  if (!shift.checkedInAt) {
    await ctx.db
      .update(volunteerShifts)
      .set({ checkedInAt: ctx.now })
      .where(and(eq(volunteerShifts.communityId, input.communityId), eq(volunteerShifts.id, input.shiftId)));
  }
  return view((await shiftById(ctx, input.communityId, input.shiftId))!);
}

export async function shiftCheckOut(ctx: Ctx, input: ActionParsed<'events', 'shiftCheckOut'>): Promise<ShiftView> {
  const shift = await editShift(ctx, input.communityId, input.shiftId);
  if (!shift.checkedInAt) fail('EVENTS.SHIFT_NOT_CHECKED_IN');
  await ctx.db
    .update(volunteerShifts)
    .set({ checkedOutAt: ctx.now })
    .where(and(eq(volunteerShifts.communityId, input.communityId), eq(volunteerShifts.id, input.shiftId)));
  return view((await shiftById(ctx, input.communityId, input.shiftId))!);
}

export async function adjustShift(ctx: Ctx, input: ActionParsed<'events', 'adjustShift'>): Promise<ShiftView> {
  await editShift(ctx, input.communityId, input.shiftId);
  await ctx.db
    .update(volunteerShifts)
    .set({ minutesAdjusted: input.minutes })
    .where(and(eq(volunteerShifts.communityId, input.communityId), eq(volunteerShifts.id, input.shiftId)));
  return view((await shiftById(ctx, input.communityId, input.shiftId))!);
}
