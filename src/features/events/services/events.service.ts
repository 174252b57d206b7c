import type { EventCategory, EventDetail, EventSummary, RegistrationView, ShiftView } from '@linli/types';
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
  remind = false,
): Promise<RegistrationView> {
  const data = remind ? { communityId, eventId, partySize, remind } : { communityId, eventId, partySize };
  return call('events', 'signup', data, { requestKey });
}

export function cancelRegistration(communityId: string, registrationId: string): Promise<RegistrationView> {
  return call('events', 'cancelRegistration', { communityId, registrationId });
}

export function volunteerSignup(communityId: string, eventId: string, roleId: string): Promise<ShiftView> {
  return call('events', 'volunteerSignup', { communityId, eventId, roleId });
}

export function cancelShift(communityId: string, shiftId: string): Promise<ShiftView> {
  return call('events', 'cancelShift', { communityId, shiftId });
}
