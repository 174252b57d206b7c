import { create } from 'zustand';
import type { CheckInResult, RosterEntry, StaffEventRow } from '@linli/types';
import type { CallOptions } from '@/lib/cloud';
import { storeTasks } from '@/lib/store-task';
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
  const tasks = storeTasks(get, set);
  const checkIn = (key: string, input: string, send: (o: CallOptions) => Promise<CheckInResult>) =>
    tasks
      .act({
        busy: 'checking',
        id: key,
        error: 'checkError',
        start: { checkResult: null },
        intent: 'checkIn',
        input,
        send,
        // Tick the row at once; the roster on screen may be filtered or stale.
        done: (result) => ({
          checkResult: result,
          roster: get().roster.map((r) =>
            r.registrationId === result.registrationId
              ? { ...r, checkedInAt: r.checkedInAt ?? result.checkedInAt }
              : r,
          ),
          code: key === 'code' ? '' : get().code,
        }),
      })
      .then(() => undefined);

  return {
    ...initial,
    loadEvents: (communityId) =>
      tasks
        .load({
          busy: 'loading',
          error: 'error',
          run: () => fetchStaffEvents({ communityId }),
          done: (events) => ({ events, eventsLoaded: true }),
        })
        .then(() => undefined),
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
      await tasks.fetch(
        () => fetchRoster({ communityId, eventId, query: get().query }),
        (roster) => ({ roster, rosterLoaded: true }),
      );
    },
    setCode: (code) => set({ code, checkError: null }),
    checkInCode: async (communityId, eventId, token) => {
      const code = (token ?? get().code).trim();
      if (code.length < 10) {
        set({ checkError: '请输入完整的核验码（在居民二维码下方），或扫描二维码', checkResult: null });
        return;
      }
      await checkIn('code', code, (o) => checkInByCode({ communityId, eventId, token: code }, o));
    },
    checkInRow: (communityId, registrationId) =>
      checkIn(registrationId, registrationId, (o) => checkInByRoster({ communityId, registrationId }, o)),
    reset: tasks.reset(initial),
  };
});
