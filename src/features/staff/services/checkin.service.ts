import type { ActionInput, CheckInResult } from '@linli/types';
import { action, call, type CallOptions } from '@/lib/cloud';

export function checkInByCode(
  input: ActionInput<'events', 'checkInByCode'>,
  opts?: CallOptions,
): Promise<CheckInResult> {
  return call('events', 'checkInByCode', { ...input, token: input.token.trim() }, opts);
}

export const checkInByRoster = action('events', 'checkInByRoster');
