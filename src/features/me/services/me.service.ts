import type { ActionInput } from '@linli/types';
import { action } from '@/lib/cloud';

export type ProfileInput = ActionInput<'user', 'updateProfile'>;

export const fetchMyRegistrations = action('events', 'mine');
export const fetchMyPoints = action('points', 'mine');
export const updateProfile = action('user', 'updateProfile');
export const cancelRegistration = action('events', 'cancelRegistration');
export const claimProxy = action('events', 'claimProxy');
