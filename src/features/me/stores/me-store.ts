import { create } from 'zustand';
import type { Me, PointsSummary, RegistrationView } from '@linli/types';
import { type Loadable, type RowActions, loadable, rowActions, storeTasks } from '@/lib/store-task';
import {
  cancelRegistration,
  fetchMyPoints,
  fetchMyRegistrations,
  updateProfile,
  type ProfileInput,
} from '../services/me.service';

interface MeState extends Loadable, RowActions {
  registrations: RegistrationView[];
  points: PointsSummary | null;
  saving: boolean;
  saveError: string | null;
  load: (communityId: string) => Promise<void>;
  /** Resolves to the updated person, or null when saving failed (saveError says why). */
  saveProfile: (input: ProfileInput) => Promise<Me | null>;
  cancel: (communityId: string, registrationId: string) => Promise<void>;
  reset: () => void;
}

const initial = {
  registrations: [],
  points: null,
  ...loadable,
  saving: false,
  saveError: null,
  ...rowActions,
};

export const useMeStore = create<MeState>()((set, get) => {
  const tasks = storeTasks(get, set);
  return {
    ...initial,
    load: async (communityId) => {
      await tasks.fetch(
        () => Promise.all([fetchMyRegistrations({ communityId }), fetchMyPoints({ communityId })]),
        ([registrations, points]) => ({ registrations, points, loaded: true }),
      );
    },
    saveProfile: async (input) =>
      (await tasks.act({
        busy: 'saving',
        error: 'saveError',
        intent: 'profile',
        input,
        send: (o) => updateProfile(input, o),
      })) ?? null,
    cancel: async (communityId, registrationId) => {
      await tasks.act({
        busy: 'busyId',
        id: registrationId,
        error: 'actionError',
        start: { actionDone: null },
        intent: 'cancel',
        input: registrationId,
        send: (o) => cancelRegistration({ communityId, registrationId }, o),
        done: (r) => ({ actionDone: `已取消“${r.eventTitle}”的报名` }),
        after: () => get().load(communityId),
      });
    },
    reset: tasks.reset(initial),
  };
});
