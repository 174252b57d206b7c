import { create } from 'zustand';
import type { InvariantReport, PointsOverview } from '@linli/types';
import { messageOf } from '@/lib/cloud-error';
import { checkInvariants, fetchOverview } from '../services/points.service';

interface PointsAdminState {
  overview: PointsOverview | null;
  loading: boolean;
  error: string | null;
  report: InvariantReport | null;
  checking: boolean;
  checkError: string | null;
  load: (communityId: string) => Promise<void>;
  check: (communityId: string) => Promise<void>;
  reset: () => void;
}

const initial = {
  overview: null,
  loading: false,
  error: null,
  report: null,
  checking: false,
  checkError: null,
};

export const usePointsAdminStore = create<PointsAdminState>()((set, get) => ({
  ...initial,
  load: async (communityId) => {
    set({ loading: true, error: null });
    try {
      set({ overview: await fetchOverview(communityId), loading: false });
    } catch (e) {
      set({ loading: false, error: messageOf(e) });
    }
  },
  check: async (communityId) => {
    if (get().checking) return;
    set({ checking: true, checkError: null });
    try {
      set({ report: await checkInvariants(communityId), checking: false });
    } catch (e) {
      set({ checking: false, checkError: messageOf(e) });
    }
  },
  reset: () => set(initial),
}));
