import { create } from 'zustand';
import type { DevPerson } from '@linli/types';
import { messageOf } from '@/lib/cloud-error';
import { fetchDevPeople } from '../services/session.service';
import { useSessionStore } from './session-store';

interface DevLoginState {
  people: DevPerson[];
  loading: boolean;
  error: string | null;
  /** openid being logged in as, to show progress on that button. */
  pending: string | null;
  loadPeople: () => Promise<void>;
  login: (openid: string) => Promise<void>;
  reset: () => void;
}

const initial = { people: [], loading: false, error: null, pending: null };

export const useDevLoginStore = create<DevLoginState>()((set, get) => ({
  ...initial,
  loadPeople: async () => {
    set({ loading: true, error: null });
    try {
      set({ people: await fetchDevPeople(), loading: false });
    } catch (e) {
      set({ loading: false, error: messageOf(e) });
    }
  },
  login: async (openid) => {
    if (!openid.trim() || get().pending) return;
    set({ pending: openid, error: null });
    try {
      await useSessionStore.getState().loginAs(openid);
      set({ pending: null });
    } catch (e) {
      set({ pending: null, error: messageOf(e) });
    }
  },
  reset: () => set(initial),
}));
