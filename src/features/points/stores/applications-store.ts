import { create } from 'zustand';
import type { ApplicationStatus, VolunteerApplicationView } from '@linli/types';
import { type Loadable, type RowActions, loadable, rowActions, storeTasks } from '@/lib/store-task';
import { fetchApplications, reviewApplication } from '../services/points.service';

interface ApplicationsState extends Loadable, RowActions {
  status: ApplicationStatus;
  items: VolunteerApplicationView[];
  /** The note typed under each application, by id. */
  notes: Record<string, string>;
  load: (communityId: string, status?: ApplicationStatus) => Promise<void>;
  setNote: (id: string, note: string) => void;
  review: (communityId: string, app: VolunteerApplicationView, approve: boolean) => Promise<void>;
  reset: () => void;
}

const initial = {
  status: 'pending' as ApplicationStatus,
  items: [],
  ...loadable,
  notes: {},
  ...rowActions,
};

export const useApplicationsStore = create<ApplicationsState>()((set, get) => {
  const tasks = storeTasks(get, set);
  return {
    ...initial,
    load: async (communityId, status = get().status) => {
      set({ status });
      await tasks.fetch(
        () => fetchApplications({ communityId, status }),
        (items) => ({ items, loaded: true }),
      );
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
    reset: tasks.reset(initial),
  };
});
