import type { EventCategory, EventDetail, EventSummary, RegistrationView } from '@linli/types';
import { call } from '@/lib/cloud';

export function fetchEvents(communityId: string, category?: EventCategory): Promise<EventSummary[]> {
  return call('events', 'list', category ? { communityId, category } : { communityId });
}

export function fetchEventDetail(communityId: string, eventId: string): Promise<EventDetail> {
  return call('events', 'detail', { communityId, eventId });
}

export function signup(
  communityId: string,
  eventId: string,
  partySize: number,
  requestKey: string,
): Promise<RegistrationView> {
  return call('events', 'signup', { communityId, eventId, partySize }, { requestKey });
}
