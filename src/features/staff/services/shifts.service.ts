import type { ShiftView } from '@linli/types';
import { call } from '@/lib/cloud';

export function fetchShifts(communityId: string, eventId: string): Promise<ShiftView[]> {
  return call('events', 'shifts', { communityId, eventId });
}

export function shiftCheckIn(communityId: string, shiftId: string): Promise<ShiftView> {
  return call('events', 'shiftCheckIn', { communityId, shiftId });
}

export function shiftCheckOut(communityId: string, shiftId: string): Promise<ShiftView> {
  return call('events', 'shiftCheckOut', { communityId, shiftId });
}

export function adjustShift(communityId: string, shiftId: string, minutes: number): Promise<ShiftView> {
  return call('events', 'adjustShift', { communityId, shiftId, minutes });
}
