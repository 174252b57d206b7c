import type { ActionInput, EstateBrief, EventDetail, EventSummary, ProxySignupResult } from '@linli/types';
import { call } from '@/lib/cloud';

export type ProxyInput = ActionInput<'events', 'proxySignup'>;

export function fetchOpenEvents(communityId: string): Promise<EventSummary[]> {
  return call('events', 'list', { communityId });
}

export function fetchEventDetail(communityId: string, eventId: string): Promise<EventDetail> {
  return call('events', 'detail', { communityId, eventId });
}

export function fetchEstates(communityId: string): Promise<EstateBrief[]> {
  return call('community', 'estates', { communityId });
}

export function proxySignup(input: ProxyInput, requestKey: string): Promise<ProxySignupResult> {
  return call('events', 'proxySignup', input, { requestKey });
}
