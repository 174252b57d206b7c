/** Volunteer shifts: sign up for a role within its quota, check in and out, hours adjusted by staff. */
import { and, eq, isNull, lt, sql } from 'drizzle-orm';
import type { ActionParsed, ShiftView } from '@linli/types';
import { eventRoles, volunteerShifts } from '../../db/schema';
import { AppError, fail, isUniqueViolation } from '../shared/app-error';
import { hasRole, type Ctx } from '../shared/context';
import { shiftById, shiftsOfEvent, toShiftView } from './shifts.repository';
import { requireEvent } from './visibility';

const roleKey = (communityId: string, eventId: string, roleId: string) =>
  and(eq(eventRoles.communityId, communityId), eq(eventRoles.eventId, eventId), eq(eventRoles.id, roleId));

/** The shift as it is now, after a change in this transaction. */
async function reread(ctx: Ctx, communityId: string, shiftId: string): Promise<ShiftView> {
  return toShiftView((await shiftById(ctx.db, communityId, shiftId))!);
}


export async function volunteerSignup(ctx: Ctx, input: ActionParsed<'events', 'volunteerSignup'>): Promise<ShiftView> {
  const event = await requireEvent(ctx, input.communityId, input.eventId);
  if (event.status !== 'published' || ctx.now >= event.endsAt) fail('EVENTS.NOT_PUBLISHED');
  const [role] = await ctx.db
    .select()
    .from(eventRoles)
    .where(and(eq(eventRoles.communityId, input.communityId), eq(eventRoles.eventId, input.eventId), eq(eventRoles.id, input.roleId)));
  if (!role) fail('EVENTS.ROLE_NOT_FOUND');
  const taken = await ctx.db
    .update(eventRoles)
    .set({ taken: sql`${eventRoles.taken} + 1` })
    .where(and(roleKey(input.communityId, input.eventId, input.roleId), lt(eventRoles.taken, eventRoles.quota)))
    .returning({ taken: eventRoles.taken });
  if (taken.length === 0) fail('EVENTS.ROLE_FULL');
  let id: string;
  try {
    [{ id }] = await ctx.db
      .insert(volunteerShifts)
      .values({ communityId: input.communityId, eventId: input.eventId, roleId: input.roleId, userId: ctx.actor.userId })
      .returning({ id: volunteerShifts.id });
  } catch (err) {
    if (isUniqueViolation(err, 'volunteer_shifts_active_uq')) throw new AppError('EVENTS.ALREADY_VOLUNTEERING');
    throw err;
  }
  return reread(ctx, input.communityId, id);
}

export async function cancelShift(ctx: Ctx, input: ActionParsed<'events', 'cancelShift'>): Promise<ShiftView> {
  const shift = await shiftById(ctx.db, input.communityId, input.shiftId);
  if (!shift || (shift.userId !== ctx.actor.userId && !hasRole(ctx, 'staff'))) fail('EVENTS.SHIFT_NOT_FOUND');
  if (shift.status === 'cancelled') fail('EVENTS.SHIFT_CANCELLED');
  if (shift.checkedInAt) fail('EVENTS.ALREADY_CHECKED_IN');
  const done = await ctx.db
    .update(volunteerShifts)
    .set({ status: 'cancelled' })
    .where(
      and(
        eq(volunteerShifts.communityId, input.communityId),
        eq(volunteerShifts.id, input.shiftId),
        eq(volunteerShifts.status, 'signed_up'),
        isNull(volunteerShifts.checkedInAt),
      ),
    )
    .returning({ id: volunteerShifts.id });
  if (done.length === 0) fail('EVENTS.SHIFT_CANCELLED');
  await ctx.db
    .update(eventRoles)
    .set({ taken: sql`${eventRoles.taken} - 1` })
    .where(roleKey(input.communityId, shift.eventId, shift.roleId));
  return reread(ctx, input.communityId, input.shiftId);
}

export async function shifts(ctx: Ctx, input: ActionParsed<'events', 'shifts'>): Promise<ShiftView[]> {
  await requireEvent(ctx, input.communityId, input.eventId);
  return (await shiftsOfEvent(ctx.db, input.communityId, input.eventId)).map(toShiftView);
}

async function editShift(ctx: Ctx, communityId: string, shiftId: string) {
  const shift = await shiftById(ctx.db, communityId, shiftId);
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
  return reread(ctx, input.communityId, input.shiftId);
}

export async function shiftCheckOut(ctx: Ctx, input: ActionParsed<'events', 'shiftCheckOut'>): Promise<ShiftView> {
  const shift = await editShift(ctx, input.communityId, input.shiftId);
  if (!shift.checkedInAt) fail('EVENTS.SHIFT_NOT_CHECKED_IN');
  await ctx.db
    .update(volunteerShifts)
    .set({ checkedOutAt: ctx.now })
    .where(and(eq(volunteerShifts.communityId, input.communityId), eq(volunteerShifts.id, input.shiftId)));
  return reread(ctx, input.communityId, input.shiftId);
}

export async function adjustShift(ctx: Ctx, input: ActionParsed<'events', 'adjustShift'>): Promise<ShiftView> {
  await editShift(ctx, input.communityId, input.shiftId);
  await ctx.db
    .update(volunteerShifts)
    .set({ minutesAdjusted: input.minutes })
    .where(and(eq(volunteerShifts.communityId, input.communityId), eq(volunteerShifts.id, input.shiftId)));
  return reread(ctx, input.communityId, input.shiftId);
}
