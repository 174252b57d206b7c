import { create } from 'zustand';
import type { ResidentLedger, ResidentRow } from '@linli/types';
import { adjustPoints, fetchLedger, searchResidents } from '../services/points.service';
import { storeTasks } from '@/lib/store-task';

export type AdjustKind = 'award' | 'deduct';

interface LedgerState {
  query: string;
  residents: ResidentRow[];
  searched: boolean;
  loading: boolean;
  error: string | null;
  ledger: ResidentLedger | null;
  amount: string;
  reason: string;
  adjusting: boolean;
  adjustError: string | null;
  adjustDone: string | null;
  setQuery: (q: string) => void;
  search: (communityId: string) => Promise<void>;
  loadLedger: (communityId: string, residentId: string) => Promise<void>;
  setAmount: (v: string) => void;
  setReason: (v: string) => void;
  /** Checks the form; a message when it cannot be sent. */
  validate: () => string | null;
  adjust: (communityId: string, kind: AdjustKind) => Promise<void>;
  reset: () => void;
}

const initial = {
  query: '',
  residents: [],
  searched: false,
  loading: false,
  error: null,
  ledger: null,
  amount: '',
  reason: '',
  adjusting: false,
  adjustError: null,
  adjustDone: null,
};

/** "100" → 100; anything else (decimals, signs, letters, 0, over 10000) → null. */
export function parseAmount(text: string): number | null {
  const t = text.trim();
  if (!/^\d{1,5}$/.test(t)) return null;
  const n = Number(t);
  return n >= 1 && n <= 10_000 ? n : null;
}

export const useLedgerStore = create<LedgerState>()((set, get) => {
  const tasks = storeTasks(get, set);
  return {
    ...initial,
    setQuery: (query) => set({ query }),
    search: async (communityId) => {
      await tasks.fetch(
        () => searchResidents({ communityId, query: get().query }),
        (residents) => ({ residents, searched: true }),
      );
    },
    loadLedger: async (communityId, residentId) => {
      if (get().ledger?.resident.userId !== residentId) {
        set({ ledger: null, amount: '', reason: '', adjustDone: null, adjustError: null });
      }
      await tasks.fetch(
        () => fetchLedger({ communityId, residentId }),
        (ledger) => ({ ledger }),
      );
    },
    setAmount: (amount) => set({ amount, adjustError: null }),
    setReason: (reason) => set({ reason, adjustError: null }),
    validate: () => {
      if (parseAmount(get().amount) === null) return '积分请填写 1 到 10000 之间的整数';
      const reason = get().reason.trim();
      if (!reason) return '请填写原因，居民会在积分明细里看到';
      if (reason.length > 100) return '原因请不超过 100 个字';
      return null;
    },
    adjust: async (communityId, kind) => {
      const { ledger, adjusting } = get();
      if (!ledger || adjusting) return;
      const invalid = get().validate();
      if (invalid) return set({ adjustError: invalid, adjustDone: null });
      const amount = parseAmount(get().amount)!;
      const input = { communityId, residentId: ledger.resident.userId, amount, reason: get().reason.trim() };
      await tasks.act({
        busy: 'adjusting',
        error: 'adjustError',
        start: { adjustDone: null },
        intent: kind,
        input,
        send: (o) => adjustPoints(kind, input, o),
        done: (updated) => ({
          ledger: updated,
          amount: '',
          reason: '',
          adjustDone: `已为 ${updated.resident.name} ${kind === 'award' ? '奖励' : '扣减'} ${amount} 分，现有 ${updated.resident.balance} 分`,
        }),
      });
    },
    reset: tasks.reset(initial),
  };
});
