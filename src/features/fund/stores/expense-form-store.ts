import { create } from 'zustand';
import type { ExpenseView, StaffEventRow } from '@linli/types';
import { parseYuanToFen } from '../money';
import { fetchStaffEvents, requestExpense, type ExpenseInput } from '../services/fund.service';
import { storeTasks } from '@/lib/store-task';
import { validEvidenceUrl } from './validate';
import { submitForm } from './form-submit';

export interface ExpenseForm {
  amount: string;
  purpose: string;
  eventId: string | null;
  evidenceUrl: string;
}

interface ExpenseFormState {
  fields: ExpenseForm;
  events: StaffEventRow[];
  saving: boolean;
  error: string | null;
  done: ExpenseView | null;
  set: (patch: Partial<ExpenseForm>) => void;
  loadEvents: (communityId: string) => Promise<void>;
  submit: (communityId: string) => Promise<boolean>;
  reset: () => void;
}

const emptyForm: ExpenseForm = { amount: '', purpose: '', eventId: null, evidenceUrl: '' };

export function toExpenseInput(f: ExpenseForm): ExpenseInput | string {
  const amountFen = parseYuanToFen(f.amount);
  if (amountFen === null) return '金额请填写大于 0 的数字，最多两位小数，例如 800 或 35.50';
  const purpose = f.purpose.trim();
  if (!purpose) return '请写明用途，居民会在公示栏看到';
  if (purpose.length > 200) return '用途请不超过 200 个字';
  const input: ExpenseInput = { amountFen, purpose };
  if (f.eventId) input.eventId = f.eventId;
  const url = f.evidenceUrl.trim();
  if (url) {
    if (!validEvidenceUrl(url)) return '凭证链接需以 https:// 或 cloud:// 开头';
    input.evidenceUrl = url;
  }
  return input;
}

export const useExpenseFormStore = create<ExpenseFormState>()((set, get) => {
  const tasks = storeTasks(get, set);
  return {
    fields: emptyForm,
    events: [],
    saving: false,
    error: null,
    done: null,
    set: (patch) => {
      set({ fields: { ...get().fields, ...patch }, error: null });
    },
    loadEvents: async (communityId) => {
      try {
        set({ events: await fetchStaffEvents({ communityId }) });
      } catch {
        // The event link is optional: without the list the form still works.
        set({ events: [] });
      }
    },
    submit: (communityId) =>
      submitForm(tasks, get, set, {
        empty: emptyForm,
        toInput: toExpenseInput,
        send: (input, o) => requestExpense({ communityId, ...input }, o),
      }),
    reset: () => {
      tasks.forget();
      set({ fields: emptyForm, events: [], saving: false, error: null, done: null });
    },
  };
});
