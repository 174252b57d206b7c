import type { CommunityBrief, EstateBrief, Membership } from '@linli/types';
import { call } from '@/lib/cloud';

export function fetchCommunities(): Promise<CommunityBrief[]> {
  return call('community', 'list', {});
}

export function fetchEstates(communityId: string): Promise<EstateBrief[]> {
  return call('community', 'estates', { communityId });
}

export interface JoinChoice {
  communityId: string;
  estateId: string;
  building: string;
  unit: string;
}

export function joinCommunity(choice: JoinChoice, requestKey: string): Promise<Membership> {
  return call('user', 'join', { ...choice, acceptPrivacy: true }, { requestKey });
}
