import { create } from 'zustand';
import type { CheckInResult, RosterEntry, StaffEventRow } from '@linli/types';
import { messageOf } from '@/lib/cloud-error';
import { fetchRoster, fetchStaffEvents } from '../services/staff.service';
import { checkInByCode, checkInByRoster } from '../services/checkin.service';

interface StaffState {
  events: StaffEventRow[];
  eventsLoaded: boolean;
  roster: RosterEntry[];
  rosterEventId: string | null;
  rosterLoaded: boolean;
  query: string;
  loading: boolean;
  error: string | null;
  /** The code typed (H5) or scanned (WeChat). */
  code: string;
  /** Registration being checked in ('code' for the code box). */
  checking: string | null;
  checkResult: CheckInResult | null;
  checkError: string | null;
  loadEvents: (communityId: string) => Promise<void>;
  setQuery: (q: string) => void;
  loadRoster: (communityId: string, eventId: string) => Promise<void>;
  setCode: (code: string) => void;
  /** Checks a code in at this event's door; a ticket for another event is refused by name. */
  checkInCode: (communityId: string, eventId: string, token?: string) => Promise<void>;
  checkInRow: (communityId: string, registrationId: string) => Promise<void>;
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
  code: '',
  checking: null,
  checkResult: null,
  checkError: null,
};

export const useStaffStore = create<StaffState>()((set, get) => {
  async function checkIn(key: string, run: () => Promise<CheckInResult>) {
    if (get().checking) return;
    set({ checking: key, checkError: null, checkResult: null });
    try {
      const result = await run();
      // Tick the row at once; the roster on screen may be filtered or stale.
      const roster = get().roster.map((r) =>
        r.registrationId === result.registrationId
          ? { ...r, checkedInAt: r.checkedInAt ?? result.checkedInAt }
          : r,
      );
      set({ checking: null, checkResult: result, roster, code: key === 'code' ? '' : get().code });
    } catch (e) {
      set({ checking: null, checkError: messageOf(e) });
    }
  }

  return {
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
        set({
          roster: [],
          rosterLoaded: false,
          query: '',
          rosterEventId: eventId,
          checkResult: null,
          checkError: null,
        });
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
    setCode: (code) => set({ code, checkError: null }),
    checkInCode: async (communityId, eventId, token) => {
      const code = (token ?? get().code).trim();
      if (code.length < 10) {
        set({ checkError: '请输入完整的核验码（在居民二维码下方），或扫描二维码', checkResult: null });
        return;
      }
      await checkIn('code', () => checkInByCode(communityId, eventId, code));
    },
    checkInRow: (communityId, registrationId) =>
      checkIn(registrationId, () => checkInByRoster(communityId, registrationId)),
    reset: () => set(initial),
  };
});
