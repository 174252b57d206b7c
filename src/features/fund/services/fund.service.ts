import type { ActionInput } from '@linli/types';
import { action, withoutBlankNote } from '@/lib/cloud';

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
export const decideExpense = action('fund', 'decideExpense', withoutBlankNote);
