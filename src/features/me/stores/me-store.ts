import { create } from 'zustand';
import type { Me, PointsSummary, RegistrationView } from '@linli/types';
import { messageOf } from '@/lib/cloud-error';
import { newRequestKey } from '@/lib/request-key';
import {
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
  load: (communityId: string) => Promise<void>;
  /** Resolves to the updated person, or null when saving failed (saveError says why). */
  saveProfile: (input: ProfileInput) => Promise<Me | null>;
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
};

export const useMeStore = create<MeState>()((set) => ({
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
  reset: () => set(initial),
}));
