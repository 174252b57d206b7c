import { defineStore } from '@/lib/define-store';
import type {
  PointsEntry,
  PointsSummary,
  VolunteerApplicationView,
  VolunteerCertificate,
} from '@linli/types';
import { askConsent } from '@/lib/notice-consent';
import {
  applyVolunteer,
  fetchCertificate,
  fetchHistory,
  fetchMyApplication,
  fetchMyPoints,
} from '../services/points.service';

interface MyPointsState {
  summary: PointsSummary | null;
  /** Entries older than summary.recent, loaded page by page; `more` continues them. */
  older: PointsEntry[];
  more: string | null;
  loadingMore: boolean;
  moreError: string | null;
  certificate: VolunteerCertificate | null;
  application: VolunteerApplicationView | null;
  applicationLoaded: boolean;
  loading: boolean;
  error: string | null;
  applying: boolean;
  applyError: string | null;
  loadSummary: (communityId: string) => Promise<void>;
  loadMore: (communityId: string) => Promise<void>;
  loadCertificate: (communityId: string) => Promise<void>;
  loadApplication: (communityId: string) => Promise<void>;
  apply: (communityId: string, realName: string, phone: string) => Promise<boolean>;
  reset: () => void;
}

const initial = {
  summary: null,
  older: [] as PointsEntry[],
  more: null,
  loadingMore: false,
  moreError: null,
  certificate: null,
  application: null,
  applicationLoaded: false,
  loading: false,
  error: null,
  applying: false,
  applyError: null,
};

export const useMyPointsStore = defineStore<MyPointsState>(initial, ({ get, tasks }) => {
  const load = async <R>(run: () => Promise<R>, done: (r: R) => Partial<MyPointsState>) => {
    await tasks.load({ busy: 'loading', error: 'error', run, done });
  };

  return {
    loadSummary: (communityId) =>
      load(
        () => fetchMyPoints({ communityId }),
        (summary) => ({ summary, older: [], more: summary.moreCursor, moreError: null }),
      ),
    loadMore: async (communityId) => {
      const cursor = get().more;
      if (!cursor || get().loadingMore) return;
      await tasks.load({
        busy: 'loadingMore',
        error: 'moreError',
        run: () => fetchHistory({ communityId, before: cursor }),
        done: (page) => ({ older: [...get().older, ...page.entries], more: page.nextCursor }),
      });
    },
    loadCertificate: (communityId) =>
      load(
        () => fetchCertificate({ communityId }),
        (certificate) => ({ certificate }),
      ),
    loadApplication: (communityId) =>
      load(
        () => fetchMyApplication({ communityId }),
        (application) => ({ application, applicationLoaded: true }),
      ),
    apply: async (communityId, realName, phone) => {
      const input = { communityId, realName, phone };
      const application = await tasks.act({
        busy: 'applying',
        error: 'applyError',
        intent: 'apply',
        input,
        send: async (o) => {
          // The decision comes later: ask now, at the tap, if a WeChat message may tell it (the inbox always will).
          await askConsent(communityId, ['volunteer_decided']);
          return applyVolunteer(input, o);
        },
        done: (application) => ({ application, applicationLoaded: true }),
      });
      return application !== undefined;
    },
  };
});
