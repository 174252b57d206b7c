import { create } from 'zustand';
import type { EventSummary, RegistrationView } from '@linli/types';
import { messageOf } from '@/lib/cloud-error';
import * as api from '../services/family.service';
import { intentKey } from '@/lib/intent-key';

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

/** One key per (elder, event) intent: a retry after a lost answer cannot sign up twice. */
const keys = new Map<string, ReturnType<typeof intentKey>>();
function keyFor(elderId: string, eventId: string) {
  const id = `${elderId}:${eventId}`;
  let k = keys.get(id);
  if (!k) keys.set(id, (k = intentKey()));
  return k;
}

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

export const useElderSignupsStore = create<ElderSignupsState>()((set, get) => ({
  ...initial,
  load: async (communityId, elderId) => {
    if (get().elderId !== elderId) set({ ...initial, elderId });
    set({ loading: true, error: null });
    try {
      const [registrations, events] = await Promise.all([
        api.fetchElderRegistrations(communityId, elderId),
        api.fetchOpenEvents(communityId),
      ]);
      set({ registrations, events, loading: false });
    } catch (e) {
      set({ loading: false, error: messageOf(e) });
    }
  },
  signup: async (communityId, eventId) => {
    const { elderId, busyId } = get();
    if (!elderId || busyId) return;
    set({ busyId: eventId, actionError: null, done: null });
    const key = keyFor(elderId, eventId);
    try {
      const done = await api.signupFor(communityId, elderId, eventId, 1, key.get());
      key.settle();
      set({ busyId: null, done, registrations: [...get().registrations, done] });
    } catch (e) {
      key.settle(e);
      set({ busyId: null, actionError: messageOf(e) });
    }
  },
  reset: () => {
    keys.clear();
    set(initial);
  },
}));
