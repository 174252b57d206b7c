import { create } from 'zustand';
import type { ShiftView } from '@linli/types';
import type { CallOptions } from '@/lib/cloud';
import { type Loadable, loadable, storeTasks } from '@/lib/store-task';
import * as api from '../services/shifts.service';

interface ShiftsState extends Loadable {
  eventId: string | null;
  shifts: ShiftView[];
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
  ...loadable,
  busyId: null,
  actionError: null,
};

export const useShiftsStore = create<ShiftsState>()((set, get) => {
  const tasks = storeTasks(get, set);
  const change = (
    shiftId: string,
    intent: string,
    send: (o: CallOptions) => Promise<ShiftView>,
    input?: unknown,
  ) =>
    tasks
      .act({
        busy: 'busyId',
        id: shiftId,
        error: 'actionError',
        intent,
        input: { shiftId, input },
        send,
        done: (next) => ({ shifts: get().shifts.map((s) => (s.id === next.id ? next : s)) }),
      })
      .then(() => undefined);

  return {
    ...initial,
    load: async (communityId, eventId) => {
      if (get().eventId !== eventId) set({ ...initial, eventId });
      await tasks.fetch(
        () => api.fetchShifts({ communityId, eventId }),
        (shifts) => ({ shifts, loaded: true }),
      );
    },
    checkIn: (communityId, shiftId) =>
      change(shiftId, 'checkIn', (o) => api.shiftCheckIn({ communityId, shiftId }, o)),
    checkOut: (communityId, shiftId) =>
      change(shiftId, 'checkOut', (o) => api.shiftCheckOut({ communityId, shiftId }, o)),
    adjust: (communityId, shiftId, minutes) =>
      change(shiftId, 'adjust', (o) => api.adjustShift({ communityId, shiftId, minutes }, o), minutes),
    reset: tasks.reset(initial),
  };
});
