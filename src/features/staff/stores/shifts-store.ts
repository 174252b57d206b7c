import { create } from 'zustand';
import type { ShiftView } from '@linli/types';
import { messageOf } from '@/lib/cloud-error';
import * as api from '../services/shifts.service';

interface ShiftsState {
  eventId: string | null;
  shifts: ShiftView[];
  loaded: boolean;
  loading: boolean;
  error: string | null;
  /** Shift being changed. */
  busyId: string | null;
  actionError: string | null;
  load: (communityId: string, eventId: string) => Promise<void>;
  checkIn: (communityId: string, shiftId: string) => Promise<void>;
  checkOut: (communityId: string, shiftId: string) => Promise<void>;
  adjust: (communityId: string, shiftId: string, minutes: number) => Promise<void>;
  reset: () => void;
}

const initial = {
  eventId: null,
  shifts: [],
  loaded: false,
  loading: false,
  error: null,
  busyId: null,
  actionError: null,
};

export const useShiftsStore = create<ShiftsState>()((set, get) => {
  async function change(shiftId: string, run: () => Promise<ShiftView>) {
    if (get().busyId) return;
    set({ busyId: shiftId, actionError: null });
    try {
      const next = await run();
      set({ busyId: null, shifts: get().shifts.map((s) => (s.id === next.id ? next : s)) });
    } catch (e) {
      set({ busyId: null, actionError: messageOf(e) });
    }
  }

  return {
    ...initial,
    load: async (communityId, eventId) => {
      if (get().eventId !== eventId) set({ ...initial, eventId });
      set({ loading: true, error: null });
      try {
        set({ shifts: await api.fetchShifts(communityId, eventId), loaded: true, loading: false });
      } catch (e) {
        set({ loading: false, error: messageOf(e) });
      }
    },
    checkIn: (communityId, shiftId) => change(shiftId, () => api.shiftCheckIn(communityId, shiftId)),
    checkOut: (communityId, shiftId) => change(shiftId, () => api.shiftCheckOut(communityId, shiftId)),
    adjust: (communityId, shiftId, minutes) =>
      change(shiftId, () => api.adjustShift(communityId, shiftId, minutes)),
    reset: () => set(initial),
  };
});
