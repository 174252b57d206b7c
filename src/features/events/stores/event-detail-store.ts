import { create } from 'zustand';
import type { EventDetail, RegistrationView } from '@linli/types';
import { isCloudError, messageOf, NETWORK_FAILED } from '@/lib/cloud-error';
import { newRequestKey } from '@/lib/request-key';
import { fetchEventDetail, signup } from '../services/events.service';

interface EventDetailState {
  detail: EventDetail | null;
  loading: boolean;
  loadError: string | null;
  partySize: number;
  submitting: boolean;
  /** The sign-up just made on this page. */
  result: RegistrationView | null;
  signupError: string | null;
  /** One key per sign-up intent: kept across a network failure so tapping again is a retry, not a second sign-up. */
  signupKey: string | null;
  load: (communityId: string, eventId: string) => Promise<void>;
  setPartySize: (n: number) => void;
  signup: (communityId: string) => Promise<void>;
  reset: () => void;
}

const initial = {
  detail: null,
  loading: false,
  loadError: null,
  partySize: 1,
  submitting: false,
  result: null,
  signupError: null,
  signupKey: null,
};

export const useEventDetailStore = create<EventDetailState>()((set, get) => ({
  ...initial,
  load: async (communityId, eventId) => {
    if (get().detail?.id !== eventId) set({ ...initial });
    set({ loading: true, loadError: null });
    try {
      const detail = await fetchEventDetail(communityId, eventId);
      set({ detail, loading: false, partySize: Math.min(get().partySize, Math.max(1, detail.maxPartySize)) });
    } catch (e) {
      set({ loading: false, loadError: messageOf(e) });
    }
  },
  setPartySize: (n) => set({ partySize: n }),
  signup: async (communityId) => {
    const { detail, partySize, submitting } = get();
    if (!detail || submitting) return;
    const key = get().signupKey ?? newRequestKey();
    set({ submitting: true, signupError: null, signupKey: key });
    try {
      const result = await signup(communityId, detail.id, partySize, key);
      // Show the seat taken at once; the next visit reloads the true count.
      const seatsLeft =
        result.status === 'confirmed' ? Math.max(0, detail.seatsLeft - result.partySize) : detail.seatsLeft;
      set({
        submitting: false,
        result,
        signupKey: null,
        detail: { ...detail, seatsLeft, myRegistration: result },
      });
    } catch (e) {
      const keepKey = isCloudError(e) && e.code === NETWORK_FAILED;
      set({ submitting: false, signupError: messageOf(e), signupKey: keepKey ? key : null });
    }
  },
  reset: () => set(initial),
}));
