import { create } from 'zustand';
import type { EventSummary, RegistrationView } from '@linli/types';
import * as api from '../services/family.service';
import { storeTasks } from '@/lib/store-task';

interface ElderSignupsState {
  elderId: string | null;
  registrations: RegistrationView[];
  events: EventSummary[];
  loading: boolean;
  error: string | null;
  /** Event being signed up for. */
  busyId: string | null;
  actionError: string | null;
  done: RegistrationView | null;
  load: (communityId: string, elderId: string) => Promise<void>;
  signup: (communityId: string, eventId: string) => Promise<void>;
  reset: () => void;
}

const initial = {
  elderId: null,
  registrations: [],
  events: [],
  loading: false,
  error: null,
  busyId: null,
  actionError: null,
  done: null,
};

/** Open for sign-up now and not already held (any active registration) by the elder. */
export function signableEvents(
  events: EventSummary[],
  held: RegistrationView[],
  now: number,
): EventSummary[] {
  const taken = new Set(held.filter((r) => r.status !== 'cancelled').map((r) => r.eventId));
  return events.filter(
    (e) =>
      e.status === 'published' &&
      Date.parse(e.signupOpensAt) <= now &&
      now < Date.parse(e.signupClosesAt) &&
      !taken.has(e.id),
  );
}

export const useElderSignupsStore = create<ElderSignupsState>()((set, get) => {
  const tasks = storeTasks(get, set);
  return {
    ...initial,
    load: async (communityId, elderId) => {
      if (get().elderId !== elderId) set({ ...initial, elderId });
      await tasks.fetch(
        () =>
          Promise.all([
            api.fetchElderRegistrations({ communityId, elderId }),
            api.fetchOpenEvents({ communityId }),
          ]),
        ([registrations, events]) => ({ registrations, events }),
      );
    },
    signup: async (communityId, eventId) => {
      const { elderId } = get();
      if (!elderId) return;
      // One key per (elder, event): a retry after a lost answer cannot sign up twice.
      const input = { communityId, elderId, eventId, partySize: 1 };
      await tasks.act({
        busy: 'busyId',
        id: eventId,
        error: 'actionError',
        start: { done: null },
        intent: 'signupFor',
        input,
        send: (o) => api.signupFor(input, o),
        done: (done) => ({ done, registrations: [...get().registrations, done] }),
      });
    },
    reset: tasks.reset(initial),
  };
});
