import { create } from 'zustand';
import type {
  PointsEntry,
  PointsSummary,
  VolunteerApplicationView,
  VolunteerCertificate,
} from '@linli/types';
import { messageOf } from '@/lib/cloud-error';
import { askConsent } from '@/lib/notice-consent';
import {
  applyVolunteer,
  fetchCertificate,
  fetchHistory,
  fetchMyApplication,
  fetchMyPoints,
} from '../services/points.service';
import { intentKey } from '@/lib/intent-key';

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

const applyKey = intentKey();

export const useMyPointsStore = create<MyPointsState>()((set, get) => {
  async function load(run: () => Promise<Partial<MyPointsState>>) {
    set({ loading: true, error: null });
    try {
      set({ ...(await run()), loading: false });
    } catch (e) {
      set({ loading: false, error: messageOf(e) });
    }
  }

  return {
    ...initial,
    loadSummary: (communityId) =>
      load(async () => {
        const summary = await fetchMyPoints(communityId);
        return { summary, older: [], more: summary.moreCursor, moreError: null };
      }),
    loadMore: async (communityId) => {
      const cursor = get().more;
      if (!cursor || get().loadingMore) return;
      set({ loadingMore: true, moreError: null });
      try {
        const page = await fetchHistory(communityId, cursor);
        set((s) => ({ older: [...s.older, ...page.entries], more: page.nextCursor, loadingMore: false }));
      } catch (e) {
        set({ loadingMore: false, moreError: messageOf(e) });
      }
    },
    loadCertificate: (communityId) =>
      load(async () => ({ certificate: await fetchCertificate(communityId) })),
    loadApplication: (communityId) =>
      load(async () => ({ application: await fetchMyApplication(communityId), applicationLoaded: true })),
    apply: async (communityId, realName, phone) => {
      if (get().applying) return false;
      set({ applying: true, applyError: null });
      try {
        // The decision comes later: ask now, at the tap, if a WeChat message may tell it (the inbox always will).
        await askConsent(communityId, ['volunteer_decided']);
        const application = await applyVolunteer(communityId, realName, phone, applyKey.get());
        applyKey.settle();
        set({ applying: false, application, applicationLoaded: true });
        return true;
      } catch (e) {
        applyKey.settle(e);
        set({ applying: false, applyError: messageOf(e) });
        return false;
      }
    },
    reset: () => {
      applyKey.clear();
      set(initial);
    },
  };
});
