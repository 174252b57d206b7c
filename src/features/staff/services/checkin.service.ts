import type { CheckInResult } from '@linli/types';
import { call } from '@/lib/cloud';

/** At the door of one event: a ticket for another event is refused, naming it. */
export function checkInByCode(communityId: string, eventId: string, token: string): Promise<CheckInResult> {
  return call('events', 'checkInByCode', { communityId, eventId, token: token.trim() });
}

export function checkInByRoster(communityId: string, registrationId: string): Promise<CheckInResult> {
  return call('events', 'checkInByRoster', { communityId, registrationId });
}
