import { create } from 'zustand';
import type { ApplicationStatus, VolunteerApplicationView } from '@linli/types';
import { storeTasks } from '@/lib/store-task';
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

export const useApplicationsStore = create<ApplicationsState>()((set, get) => {
  const tasks = storeTasks(get, set);
  return {
    ...initial,
    load: async (communityId, status = get().status) => {
      set({ status });
      await tasks.load({
        busy: 'loading',
        error: 'error',
        run: () => fetchApplications({ communityId, status }),
        done: (items) => ({ items, loaded: true }),
      });
    },
    setNote: (id, note) => set({ notes: { ...get().notes, [id]: note } }),
    review: async (communityId, app, approve) => {
      const input = { communityId, applicationId: app.id, approve, note: get().notes[app.id] ?? '' };
      await tasks.act({
        busy: 'busyId',
        id: app.id,
        error: 'actionError',
        start: { actionDone: null },
        intent: 'review',
        input,
        send: (o) => reviewApplication(input, o),
        done: () => ({
          actionDone: `已${approve ? '通过' : '驳回'} ${app.realName} 的志愿者认证`,
          items: get().items.filter((i) => i.id !== app.id),
        }),
      });
    },
    reset: () => {
      tasks.forget();
      set(initial);
    },
  };
});
