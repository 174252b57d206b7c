import { create } from 'zustand';
import type { RegistrationView } from '@linli/types';
import { storeTasks } from '@/lib/store-task';
import { claimProxy } from '../services/me.service';

interface ClaimState {
  code: string;
  submitting: boolean;
  error: string | null;
  /** The registrations now mine, after a successful claim. */
  claimed: RegistrationView[] | null;
  setCode: (raw: string) => void;
  claim: (communityId: string) => Promise<void>;
  reset: () => void;
}

const initial = { code: '', submitting: false, error: null, claimed: null };

/** What people type from a slip: lower case, spaces, dashes. The code itself is 8 letters and digits. */
export function normalizeCode(raw: string): string {
  return raw
    .toUpperCase()
    .replace(/[^A-Z0-9]/g, '')
    .slice(0, 8);
}

export const useClaimStore = create<ClaimState>()((set, get) => {
  const tasks = storeTasks(get, set);
  return {
    ...initial,
    setCode: (raw) => set({ code: normalizeCode(raw), error: null }),
    claim: async (communityId) => {
      const { code } = get();
      if (get().submitting) return;
      if (code.length !== 8) {
        set({ error: '认领码是 8 位字母和数字，请对照回执核对' });
        return;
      }
      await tasks.act({
        busy: 'submitting',
        error: 'error',
        intent: 'claim',
        input: code,
        send: (o) => claimProxy({ communityId, code }, o),
        done: (claimed) => ({ claimed }),
      });
    },
    reset: tasks.reset(initial),
  };
});
