import { create } from 'zustand';
import type { DevPerson } from '@linli/types';
import { storeTasks } from '@/lib/store-task';
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

export const useDevLoginStore = create<DevLoginState>()((set, get) => {
  const tasks = storeTasks(get, set);
  return {
    ...initial,
    loadPeople: async () => {
      await tasks.fetch(fetchDevPeople, (people) => ({ people }));
    },
    login: async (openid) => {
      if (!openid.trim() || get().pending) return;
      await tasks.load({
        busy: 'pending',
        id: openid,
        error: 'error',
        run: () => useSessionStore.getState().loginAs(openid),
      });
    },
    reset: () => set(initial),
  };
});
