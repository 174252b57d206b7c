import type { ActionInput, RosterEntry } from '@linli/types';
import { action, call } from '@/lib/cloud';

export const fetchStaffEvents = action('events', 'staffList');

export function fetchRoster({ query, ...input }: ActionInput<'events', 'roster'>): Promise<RosterEntry[]> {
  const q = query?.trim();
  return call('events', 'roster', q ? { ...input, query: q } : input);
}
