/** 社区微基金 for the fund subpackage. The 首页 entry lives in ./entry (kept out of this barrel, so the main package stays small). */
import './components/fund.css';

export { useBoardStore } from './stores/board-store';
export {
  useDonationStore,
  toDonationInput,
  type DonationForm as DonationFields,
} from './stores/donation-store';
export { useExpensesStore } from './stores/expenses-store';
export { useExpenseFormStore, toExpenseInput } from './stores/expense-form-store';
export { useExportStore, recentMonths } from './stores/export-store';
export { parseYuanToFen, parseYuanToFenOrZero, fenToYuanText, compactFen } from './money';
export { useHasRole } from '@/features/session';
export { BoardSummary } from './components/board-summary';
export { MonthlyChart } from './components/monthly-chart';
export { DonationList } from './components/donation-list';
export { ExpenseCard, ExpenseBadge, EXPENSE_LABELS } from './components/expense-card';
export { RedemptionSummary } from './components/redemption-summary';
export { InvariantResult } from './components/invariant-result';
export { DonationForm } from './components/donation-form';
export { ExpenseForm } from './components/expense-form';
export { ExportBox } from './components/export-box';
