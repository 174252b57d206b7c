/**
 * The `fund` function's actions bound to their domain services. Only this function's bundle imports
 * these services (and their dependencies); the mapped type makes a missing handler a compile error.
 */
import type { FnHandlers } from '../handler-types';
import * as fund from '../../domain/fund/fund.service';
import * as donations from '../../domain/fund/donations.service';
import * as expenses from '../../domain/fund/expenses.service';
import * as boardSvc from '../../domain/fund/board.service';

export const handlers: FnHandlers<'fund'> = {
  card: (ctx, input) => fund.fundCard(ctx.db, input.communityId),
  board: boardSvc.board,
  recordDonation: donations.recordDonation,
  requestExpense: expenses.requestExpense,
  decideExpense: expenses.decideExpense,
  payExpense: expenses.payExpense,
  expenses: expenses.list,
  exportStatement: boardSvc.exportStatement,
};
