import { create } from 'zustand';
import type { AppealDetail } from '@linli/types';
import { messageOf } from '@/lib/cloud-error';
import { intentKey } from '@/lib/intent-key';
import { fetchDetail } from '../services/appeals.service';

type Ref = { communityId: string; appealId: string };

interface State {
  appeal: AppealDetail | null;
  loading: boolean;
  loadError: string | null;
  /** The step being sent (e.g. 'rate'), so only its button spins. */
  acting: string | null;
  error: string | null;
  /** What just happened, in words. */
  done: string | null;
  load: (ref: Ref) => Promise<void>;
  /**
   * One step on the appeal (rate, reopen, accept, close …). The request key belongs to the step and its
   * input: a retry of the same words after a lost answer reuses it, changed words get a new one.
   */
  act: (
    step: string,
    input: unknown,
    send: (requestKey: string) => Promise<AppealDetail>,
    doneText: string,
  ) => Promise<boolean>;
  reset: () => void;
}

const keys = new Map<string, { input: string; key: ReturnType<typeof intentKey> }>();

function keyFor(step: string, input: unknown) {
  const s = JSON.stringify(input);
  let k = keys.get(step);
  if (!k || k.input !== s) {
    k = { input: s, key: intentKey() };
    keys.set(step, k);
  }
  return k.key;
}

const initial = { appeal: null, loading: false, loadError: null, acting: null, error: null, done: null };

/** One appeal as the person looking at it may see and act on it (resident, grid worker or staff). */
export const useAppealStore = create<State>()((set, get) => ({
  ...initial,
  load: async (ref) => {
    if (get().appeal?.id !== ref.appealId) set({ appeal: null, done: null, error: null });
    set({ loading: true, loadError: null });
    try {
      set({ appeal: await fetchDetail(ref), loading: false });
    } catch (e) {
      set({ loading: false, loadError: messageOf(e) });
    }
  },
  act: async (step, input, send, doneText) => {
    if (get().acting) return false;
    const key = keyFor(step, input);
    set({ acting: step, error: null, done: null });
    try {
      const appeal = await send(key.get());
      key.settle();
      set({ appeal, acting: null, done: doneText });
      return true;
    } catch (e) {
      key.settle(e);
      set({ acting: null, error: messageOf(e) });
      return false;
    }
  },
  reset: () => {
    keys.clear();
    set(initial);
  },
}));
