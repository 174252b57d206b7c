import type { ActionInput, ExpenseView } from '@linli/types';
import { action, call, type CallOptions } from '@/lib/cloud';

export type DonationInput = Omit<ActionInput<'fund', 'recordDonation'>, 'communityId'>;
export type ExpenseInput = Omit<ActionInput<'fund', 'requestExpense'>, 'communityId'>;

export const fetchBoard = action('fund', 'board');
export const recordDonation = action('fund', 'recordDonation');
export const requestExpense = action('fund', 'requestExpense');
export const fetchExpenses = action('fund', 'expenses');
export const payExpense = action('fund', 'payExpense');
export const exportStatement = action('fund', 'exportStatement');
/** Events an expense may be tied to (staff only). */
export const fetchStaffEvents = action('events', 'staffList');

/** A blank note is no note. */
export function decideExpense(
  { note, ...input }: ActionInput<'fund', 'decideExpense'>,
  opts?: CallOptions,
): Promise<ExpenseView> {
  const n = note?.trim();
  return call('fund', 'decideExpense', n ? { ...input, note: n } : input, opts);
}
