import type { ActionInput } from '@linli/types';
import { action } from '@/lib/cloud';

export type JoinChoice = Omit<ActionInput<'user', 'join'>, 'acceptPrivacy'>;

export const fetchCommunities = action('community', 'list');
export const fetchEstates = action('community', 'estates');
export const joinCommunity = action('user', 'join');
