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

export function cancelRegistration(communityId: string, registrationId: string): Promise<RegistrationView> {
  return call('events', 'cancelRegistration', { communityId, registrationId });
}

export function claimProxy(communityId: string, code: string): Promise<RegistrationView[]> {
  return call('events', 'claimProxy', { communityId, code });
}
