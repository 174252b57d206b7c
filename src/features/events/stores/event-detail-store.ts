import { create } from 'zustand';
import type { EventDetail, RegistrationView } from '@linli/types';
import { isCloudError, messageOf, NETWORK_FAILED } from '@/lib/cloud-error';
import { newRequestKey } from '@/lib/request-key';
import {
  cancelRegistration,
  cancelShift,
  fetchEventDetail,
  signup,
  volunteerSignup,
} from '../services/events.service';
import { askConsent } from '@/lib/notice-consent';

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
  /** Cancelling a registration or a volunteer shift, or signing up as a volunteer. */
  busy: boolean;
  actionError: string | null;
  /** A short line saying what the last action did ("已取消报名"). */
  actionDone: string | null;
  load: (communityId: string, eventId: string) => Promise<void>;
  setPartySize: (n: number) => void;
  signup: (communityId: string) => Promise<void>;
  cancel: (communityId: string) => Promise<void>;
  volunteer: (communityId: string, roleId: string) => Promise<void>;
  cancelShift: (communityId: string) => Promise<void>;
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
  busy: false,
  actionError: null,
  actionDone: null,
};

export const useEventDetailStore = create<EventDetailState>()((set, get) => {
  /** Runs one action, then reloads the event so seats, badges and buttons are the server's truth. */
  async function act(communityId: string, done: string, run: (d: EventDetail) => Promise<unknown>) {
    const { detail, busy } = get();
    if (!detail || busy) return;
    set({ busy: true, actionError: null, actionDone: null });
    try {
      await run(detail);
      set({ busy: false, actionDone: done, result: null });
      await get().load(communityId, detail.id);
    } catch (e) {
      set({ busy: false, actionError: messageOf(e) });
    }
  }

  return {
    ...initial,
    load: async (communityId, eventId) => {
      if (get().detail?.id !== eventId) set({ ...initial });
      set({ loading: true, loadError: null });
      try {
        const detail = await fetchEventDetail(communityId, eventId);
        set({
          detail,
          loading: false,
          partySize: Math.min(get().partySize, Math.max(1, detail.maxPartySize)),
        });
      } catch (e) {
        set({ loading: false, loadError: messageOf(e) });
      }
    },
    setPartySize: (n) => set({ partySize: n }),
    signup: async (communityId) => {
      const { detail, partySize, submitting } = get();
      if (!detail || submitting) return;
      const key = get().signupKey ?? newRequestKey();
      set({ submitting: true, signupError: null, signupKey: key, actionDone: null, actionError: null });
      try {
        // Asked first, while the tap still counts as the person's own gesture (WeChat requires it), and
        // reported before the sign-up so its reminder can use the consent.
        const accepted = await askConsent(communityId, ['reminder', 'promoted', 'event_cancelled']);
        const remind = accepted.includes('reminder');
        const result = await signup(communityId, detail.id, partySize, key, remind);
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
    cancel: (communityId) =>
      act(communityId, '已取消报名', (d) =>
        d.myRegistration ? cancelRegistration(communityId, d.myRegistration.id) : Promise.resolve(),
      ),
    volunteer: (communityId, roleId) =>
      act(communityId, '已报名当志愿者', (d) => volunteerSignup(communityId, d.id, roleId)),
    cancelShift: (communityId) =>
      act(communityId, '已取消志愿服务', (d) =>
        d.myShift ? cancelShift(communityId, d.myShift.id) : Promise.resolve(),
      ),
    reset: () => set(initial),
  };
});
