import type { ActionInput, Me, PointsSummary, RegistrationView } from '@linli/types';
import { call } from '@/lib/cloud';

export type ProfileInput = ActionInput<'user', 'updateProfile'>;

export function fetchMyRegistrations(communityId: string): Promise<RegistrationView[]> {
  return call('events', 'mine', { communityId });
}

export function fetchMyPoints(communityId: string): Promise<PointsSummary> {
  return call('points', 'mine', { communityId });
}

export function updateProfile(input: ProfileInput, requestKey: string): Promise<Me> {
  return call('user', 'updateProfile', input, { requestKey });
}
