import type { HomeData } from '@linli/types';
import { call } from '@/lib/cloud';

export function fetchHome(communityId: string): Promise<HomeData> {
  return call('community', 'home', { communityId });
}
