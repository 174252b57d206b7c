import { create } from 'zustand';
import type { Me, PointsSummary, RegistrationView } from '@linli/types';
import { messageOf } from '@/lib/cloud-error';
import { newRequestKey } from '@/lib/request-key';
import {
  cancelRegistration,
  fetchMyPoints,
  fetchMyRegistrations,
  updateProfile,
  type ProfileInput,
} from '../services/me.service';

interface MeState {
  registrations: RegistrationView[];
  points: PointsSummary | null;
  loaded: boolean;
  loading: boolean;
  error: string | null;
  saving: boolean;
  saveError: string | null;
  /** Registration being cancelled. */
  busyId: string | null;
  actionError: string | null;
  actionDone: string | null;
  load: (communityId: string) => Promise<void>;
  /** Resolves to the updated person, or null when saving failed (saveError says why). */
  saveProfile: (input: ProfileInput) => Promise<Me | null>;
  cancel: (communityId: string, registrationId: string) => Promise<void>;
  reset: () => void;
}

const initial = {
  registrations: [],
  points: null,
  loaded: false,
  loading: false,
  error: null,
  saving: false,
  saveError: null,
  busyId: null,
  actionError: null,
  actionDone: null,
};

export const useMeStore = create<MeState>()((set, get) => ({
  ...initial,
  load: async (communityId) => {
    set({ loading: true, error: null });
    try {
      const [registrations, points] = await Promise.all([
        fetchMyRegistrations(communityId),
        fetchMyPoints(communityId),
      ]);
      set({ registrations, points, loaded: true, loading: false });
    } catch (e) {
      set({ loading: false, error: messageOf(e) });
    }
  },
  saveProfile: async (input) => {
    set({ saving: true, saveError: null });
    try {
      const me = await updateProfile(input, newRequestKey());
      set({ saving: false });
      return me;
    } catch (e) {
      set({ saving: false, saveError: messageOf(e) });
      return null;
    }
  },
  cancel: async (communityId, registrationId) => {
    if (get().busyId) return;
    set({ busyId: registrationId, actionError: null, actionDone: null });
    try {
      const r = await cancelRegistration(communityId, registrationId);
      set({ busyId: null, actionDone: `已取消“${r.eventTitle}”的报名` });
      await get().load(communityId);
    } catch (e) {
      set({ busyId: null, actionError: messageOf(e) });
    }
  },
  reset: () => set(initial),
}));
