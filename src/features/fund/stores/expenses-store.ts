import { create } from 'zustand';
import type { ExpenseStatus, ExpenseView } from '@linli/types';
import { messageOf } from '@/lib/cloud-error';
import { newRequestKey } from '@/lib/request-key';
import { formatFen } from '@/lib/format';
import { decideExpense, fetchExpenses, payExpense } from '../services/fund.service';

interface ExpensesState {
  /** undefined: every status. */
  status: ExpenseStatus | undefined;
  items: ExpenseView[];
  loaded: boolean;
  loading: boolean;
  error: string | null;
  notes: Record<string, string>;
  busyId: string | null;
  actionError: string | null;
  actionDone: string | null;
  load: (communityId: string, status?: ExpenseStatus) => Promise<void>;
  setNote: (id: string, note: string) => void;
  decide: (communityId: string, expense: ExpenseView, approve: boolean) => Promise<void>;
  pay: (communityId: string, expense: ExpenseView) => Promise<void>;
  reset: () => void;
}

const initial = {
  status: undefined,
  items: [],
  loaded: false,
  loading: false,
  error: null,
  notes: {},
  busyId: null,
  actionError: null,
  actionDone: null,
};

export const useExpensesStore = create<ExpensesState>()((set, get) => {
  async function act(
    expense: ExpenseView,
    run: () => Promise<ExpenseView>,
    done: (e: ExpenseView) => string,
  ) {
    if (get().busyId) return;
    set({ busyId: expense.id, actionError: null, actionDone: null });
    try {
      const updated = await run();
      const keep = !get().status || get().status === updated.status;
      set({
        busyId: null,
        actionDone: done(updated),
        items: keep
          ? get().items.map((i) => (i.id === updated.id ? updated : i))
          : get().items.filter((i) => i.id !== updated.id),
      });
    } catch (e) {
      set({ busyId: null, actionError: messageOf(e) });
    }
  }

  return {
    ...initial,
    load: async (communityId, status) => {
      set({ status, loading: true, error: null });
      try {
        set({ items: await fetchExpenses(communityId, status), loaded: true, loading: false });
      } catch (e) {
        set({ loading: false, error: messageOf(e) });
      }
    },
    setNote: (id, note) => set({ notes: { ...get().notes, [id]: note } }),
    decide: (communityId, expense, approve) =>
      act(
        expense,
        () => decideExpense(communityId, expense.id, approve, get().notes[expense.id] ?? '', newRequestKey()),
        (e) =>
          `已${approve ? '同意' : '驳回'}“${e.purpose}”（${formatFen(e.amountFen)}）` +
          (e.status === 'approved'
            ? '，审批已齐，可以支付'
            : e.status === 'rejected'
              ? '，这笔支出不会支付'
              : ''),
      ),
    pay: (communityId, expense) =>
      act(
        expense,
        () => payExpense(communityId, expense.id, newRequestKey()),
        (e) => `已支付“${e.purpose}”${formatFen(e.amountFen)}，公示栏已更新`,
      ),
    reset: () => set(initial),
  };
});
