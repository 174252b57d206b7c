/** Volunteer shift reads shared by the sign-up, the staff's shift list and attendance confirmation. */
import { and, asc, eq, ne, sql } from 'drizzle-orm';
import type { ShiftView } from '@linli/types';
import type { Executor } from '../../db/client';
import { eventRoles, events, users, volunteerShifts } from '../../db/schema';

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

function shiftQuery(db: Executor) {
  return db
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

export function toShiftView(s: ShiftRow): ShiftView {
  const iso = (d: Date | null) => (d ? d.toISOString() : null);
  return {
    id: s.id,
    eventId: s.eventId,
    eventTitle: s.eventTitle,
    roleId: s.roleId,
    roleName: s.roleName,
    userName: s.userName,
    status: s.status,
    checkedInAt: iso(s.checkedInAt),
    checkedOutAt: iso(s.checkedOutAt),
    minutes: shiftMinutes(s),
    confirmedMinutes: s.confirmedMinutes,
    confirmedAt: iso(s.confirmedAt),
  };
}

export async function shiftById(db: Executor, communityId: string, shiftId: string): Promise<ShiftRow | undefined> {
  const [row] = await shiftQuery(db).where(and(eq(volunteerShifts.communityId, communityId), eq(volunteerShifts.id, shiftId)));
  return row;
}

/** The person's shift at the event that is not cancelled (at most one: volunteer_shifts_active_uq). */
export async function activeShiftOf(db: Executor, communityId: string, eventId: string, userId: string) {
  const [row] = await shiftQuery(db).where(
    and(
      eq(volunteerShifts.communityId, communityId),
      eq(volunteerShifts.eventId, eventId),
      eq(volunteerShifts.userId, userId),
      ne(volunteerShifts.status, 'cancelled'),
    ),
  );
  return row;
}

export async function shiftsOfEvent(db: Executor, communityId: string, eventId: string): Promise<ShiftRow[]> {
  return shiftQuery(db)
    .where(and(eq(volunteerShifts.communityId, communityId), eq(volunteerShifts.eventId, eventId)))
    .orderBy(asc(volunteerShifts.roleId), asc(volunteerShifts.createdAt));
}
