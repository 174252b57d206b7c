import { defineStore } from '@/lib/define-store';
import type { InvariantReport, PointsOverview } from '@linli/types';
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

export const usePointsAdminStore = defineStore<PointsAdminState>(initial, ({ get, tasks }) => {
  return {
    load: async (communityId) => {
      await tasks.fetch(
        () => fetchOverview({ communityId }),
        (overview) => ({ overview }),
      );
    },
    check: async (communityId) => {
      if (get().checking) return;
      await tasks.load({
        busy: 'checking',
        error: 'checkError',
        run: () => checkInvariants({ communityId }),
        done: (report) => ({ report }),
      });
    },
  };
});
