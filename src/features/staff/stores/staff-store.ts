import { create } from 'zustand';
import type { RosterEntry, StaffEventRow } from '@linli/types';
import { messageOf } from '@/lib/cloud-error';
import { fetchRoster, fetchStaffEvents } from '../services/staff.service';

interface StaffState {
  events: StaffEventRow[];
  eventsLoaded: boolean;
  roster: RosterEntry[];
  rosterEventId: string | null;
  rosterLoaded: boolean;
  query: string;
  loading: boolean;
  error: string | null;
  loadEvents: (communityId: string) => Promise<void>;
  setQuery: (q: string) => void;
  loadRoster: (communityId: string, eventId: string) => Promise<void>;
  reset: () => void;
}

const initial = {
  events: [],
  eventsLoaded: false,
  roster: [],
  rosterEventId: null,
  rosterLoaded: false,
  query: '',
  loading: false,
  error: null,
};

export const useStaffStore = create<StaffState>()((set, get) => ({
  ...initial,
  loadEvents: async (communityId) => {
    set({ loading: true, error: null });
    try {
      set({ events: await fetchStaffEvents(communityId), eventsLoaded: true, loading: false });
    } catch (e) {
      set({ loading: false, error: messageOf(e) });
    }
  },
  setQuery: (query) => set({ query }),
  loadRoster: async (communityId, eventId) => {
    if (get().rosterEventId !== eventId)
      set({ roster: [], rosterLoaded: false, query: '', rosterEventId: eventId });
    set({ loading: true, error: null });
    try {
      set({
        roster: await fetchRoster(communityId, eventId, get().query),
        rosterLoaded: true,
        loading: false,
      });
    } catch (e) {
      set({ loading: false, error: messageOf(e) });
    }
  },
  reset: () => set(initial),
}));
