import { create } from 'zustand';
import type { ApplicationStatus, VolunteerApplicationView } from '@linli/types';
import { messageOf } from '@/lib/cloud-error';
import { newRequestKey } from '@/lib/request-key';
import { fetchApplications, reviewApplication } from '../services/points.service';

interface ApplicationsState {
  status: ApplicationStatus;
  items: VolunteerApplicationView[];
  loaded: boolean;
  loading: boolean;
  error: string | null;
  /** The note typed under each application, by id. */
  notes: Record<string, string>;
  busyId: string | null;
  actionError: string | null;
  actionDone: string | null;
  load: (communityId: string, status?: ApplicationStatus) => Promise<void>;
  setNote: (id: string, note: string) => void;
  review: (communityId: string, app: VolunteerApplicationView, approve: boolean) => Promise<void>;
  reset: () => void;
}

const initial = {
  status: 'pending' as ApplicationStatus,
  items: [],
  loaded: false,
  loading: false,
  error: null,
  notes: {},
  busyId: null,
  actionError: null,
  actionDone: null,
};

export const useApplicationsStore = create<ApplicationsState>()((set, get) => ({
  ...initial,
  load: async (communityId, status = get().status) => {
    set({ status, loading: true, error: null });
    try {
      set({ items: await fetchApplications(communityId, status), loaded: true, loading: false });
    } catch (e) {
      set({ loading: false, error: messageOf(e) });
    }
  },
  setNote: (id, note) => set({ notes: { ...get().notes, [id]: note } }),
  review: async (communityId, app, approve) => {
    if (get().busyId) return;
    set({ busyId: app.id, actionError: null, actionDone: null });
    try {
      await reviewApplication(communityId, app.id, approve, get().notes[app.id] ?? '', newRequestKey());
      set({
        busyId: null,
        actionDone: `已${approve ? '通过' : '驳回'} ${app.realName} 的志愿者认证`,
        items: get().items.filter((i) => i.id !== app.id),
      });
    } catch (e) {
      set({ busyId: null, actionError: messageOf(e) });
    }
  },
  reset: () => set(initial),
}));
