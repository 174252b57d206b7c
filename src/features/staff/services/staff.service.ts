import type { RosterEntry, StaffEventRow } from '@linli/types';
import { call } from '@/lib/cloud';

export function fetchStaffEvents(communityId: string): Promise<StaffEventRow[]> {
  return call('events', 'staffList', { communityId });
}

export function fetchRoster(communityId: string, eventId: string, query?: string): Promise<RosterEntry[]> {
  const q = query?.trim();
  return call('events', 'roster', q ? { communityId, eventId, query: q } : { communityId, eventId });
}
