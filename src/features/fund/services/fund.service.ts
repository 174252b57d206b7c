import type {
  DonationSource,
  DonationView,
  ExpenseStatus,
  ExpenseView,
  ExportFile,
  FundBoard,
  StaffEventRow,
} from '@linli/types';
import { call } from '@/lib/cloud';

export function fetchBoard(communityId: string): Promise<FundBoard> {
  return call('fund', 'board', { communityId });
}

export interface DonationInput {
  source: DonationSource;
  form: 'cash' | 'in_kind';
  donorName: string;
  publicConsent: boolean;
  amountFen: number;
  itemsDesc?: string;
  evidenceUrl?: string;
}

export function recordDonation(
  communityId: string,
  input: DonationInput,
  requestKey: string,
): Promise<DonationView> {
  return call('fund', 'recordDonation', { communityId, ...input }, { requestKey });
}

export interface ExpenseInput {
  amountFen: number;
  purpose: string;
  eventId?: string;
  evidenceUrl?: string;
}

export function requestExpense(
  communityId: string,
  input: ExpenseInput,
  requestKey: string,
): Promise<ExpenseView> {
  return call('fund', 'requestExpense', { communityId, ...input }, { requestKey });
}

export function fetchExpenses(communityId: string, status?: ExpenseStatus): Promise<ExpenseView[]> {
  return call('fund', 'expenses', status ? { communityId, status } : { communityId });
}

export function decideExpense(
  communityId: string,
  expenseId: string,
  approve: boolean,
  note: string,
  requestKey: string,
): Promise<ExpenseView> {
  const n = note.trim();
  return call(
    'fund',
    'decideExpense',
    n ? { communityId, expenseId, approve, note: n } : { communityId, expenseId, approve },
    { requestKey },
  );
}

export function payExpense(communityId: string, expenseId: string, requestKey: string): Promise<ExpenseView> {
  return call('fund', 'payExpense', { communityId, expenseId }, { requestKey });
}

export function exportStatement(communityId: string, month: string): Promise<ExportFile> {
  return call('fund', 'exportStatement', { communityId, month });
}

/** Events an expense may be tied to (staff only). */
export function fetchStaffEvents(communityId: string): Promise<StaffEventRow[]> {
  return call('events', 'staffList', { communityId });
}
