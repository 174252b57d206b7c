import type { CheckInResult } from '@linli/types';
import { call } from '@/lib/cloud';

export function checkInByCode(communityId: string, token: string): Promise<CheckInResult> {
  return call('events', 'checkInByCode', { communityId, token: token.trim() });
}

export function checkInByRoster(communityId: string, registrationId: string): Promise<CheckInResult> {
  return call('events', 'checkInByRoster', { communityId, registrationId });
}
