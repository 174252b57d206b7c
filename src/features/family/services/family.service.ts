import type { EventSummary, FamilyCode, FamilyOverview, RegistrationView } from '@linli/types';
import { call } from '@/lib/cloud';

export function fetchOverview(communityId: string): Promise<FamilyOverview> {
  return call('family', 'overview', { communityId });
}

export function createCode(communityId: string, requestKey: string): Promise<FamilyCode> {
  return call('family', 'createCode', { communityId }, { requestKey });
}

export function linkByCode(communityId: string, code: string, requestKey: string): Promise<FamilyOverview> {
  return call('family', 'link', { communityId, code }, { requestKey });
}

export function unlink(communityId: string, linkId: string): Promise<FamilyOverview> {
  return call('family', 'unlink', { communityId, linkId });
}

export function fetchElderRegistrations(communityId: string, elderId: string): Promise<RegistrationView[]> {
  return call('family', 'registrations', { communityId, elderId });
}

export function fetchOpenEvents(communityId: string): Promise<EventSummary[]> {
  return call('events', 'list', { communityId });
}

export function signupFor(
  communityId: string,
  elderId: string,
  eventId: string,
  partySize: number,
  requestKey: string,
): Promise<RegistrationView> {
  return call('family', 'signupFor', { communityId, elderId, eventId, partySize }, { requestKey });
}
