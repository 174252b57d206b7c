import { create } from 'zustand';
import type { ExpenseStatus, ExpenseView } from '@linli/types';
import type { CallOptions } from '@/lib/cloud';
import { type Loadable, type RowActions, loadable, rowActions, storeTasks } from '@/lib/store-task';
import { formatFen } from '@/lib/format';
import { decideExpense, fetchExpenses, payExpense } from '../services/fund.service';

interface ExpensesState extends Loadable, RowActions {
  /** undefined: every status. */
  status: ExpenseStatus | undefined;
  items: ExpenseView[];
  notes: Record<string, string>;
  load: (communityId: string, status?: ExpenseStatus) => Promise<void>;
  setNote: (id: string, note: string) => void;
  decide: (communityId: string, expense: ExpenseView, approve: boolean) => Promise<void>;
  pay: (communityId: string, expense: ExpenseView) => Promise<void>;
  reset: () => void;
}

const initial = {
  status: undefined,
  items: [],
  ...loadable,
  notes: {},
  ...rowActions,
};

export const useExpensesStore = create<ExpensesState>()((set, get) => {
  const tasks = storeTasks(get, set);
  const act = (
    expense: ExpenseView,
    intent: string,
    input: unknown,
    send: (o: CallOptions) => Promise<ExpenseView>,
    done: (e: ExpenseView) => string,
  ) =>
    tasks.act({
      busy: 'busyId',
      id: expense.id,
      error: 'actionError',
      start: { actionDone: null },
      intent,
      input,
      send,
      done: (updated) => {
        const keep = !get().status || get().status === updated.status;
        return {
          actionDone: done(updated),
          items: keep
            ? get().items.map((i) => (i.id === updated.id ? updated : i))
            : get().items.filter((i) => i.id !== updated.id),
        };
      },
    });

  return {
    ...initial,
    load: async (communityId, status) => {
      set({ status });
      await tasks.fetch(
        () => fetchExpenses({ communityId, status }),
        (items) => ({ items, loaded: true }),
      );
    },
    setNote: (id, note) => set({ notes: { ...get().notes, [id]: note } }),
    decide: async (communityId, expense, approve) => {
      const input = { communityId, expenseId: expense.id, approve, note: get().notes[expense.id] ?? '' };
      await act(
        expense,
        'decide',
        input,
        (o) => decideExpense(input, o),
        (e) =>
          `已${approve ? '同意' : '驳回'}“${e.purpose}”（${formatFen(e.amountFen)}）` +
          (e.status === 'approved'
            ? '，审批已齐，可以支付'
            : e.status === 'rejected'
              ? '，这笔支出不会支付'
              : ''),
      );
    },
    pay: async (communityId, expense) => {
      await act(
        expense,
        'pay',
        expense.id,
        (o) => payExpense({ communityId, expenseId: expense.id }, o),
        (e) => `已支付“${e.purpose}”${formatFen(e.amountFen)}，公示栏已更新`,
      );
    },
    reset: tasks.reset(initial),
  };
});
