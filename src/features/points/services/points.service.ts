import type { ActionInput, ResidentLedger, ResidentRow } from '@linli/types';
import { action, call, withoutBlankNote, type CallOptions } from '@/lib/cloud';

export const fetchMyPoints = action('points', 'mine');
export const fetchHistory = action('points', 'history');
export const fetchCertificate = action('points', 'certificate');
export const fetchMyApplication = action('points', 'myApplication');
export const applyVolunteer = action('points', 'apply');
export const fetchApplications = action('points', 'applications');
export const fetchOverview = action('points', 'overview');
export const checkInvariants = action('points', 'invariants');
export const fetchLedger = action('points', 'ledger');

/** A blank note is no note. */
export const reviewApplication = action('points', 'review', withoutBlankNote);

/** Residents by name or phone; a blank query lists everyone. */
export function searchResidents({
  query,
  ...input
}: ActionInput<'points', 'residents'>): Promise<ResidentRow[]> {
  const q = query?.trim();
  return call('points', 'residents', q ? { ...input, query: q } : input);
}

export function adjustPoints(
  kind: 'award' | 'deduct',
  input: ActionInput<'points', 'award'>,
  opts?: CallOptions,
): Promise<ResidentLedger> {
  return call('points', kind, input, opts);
}
