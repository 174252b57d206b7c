import { create } from 'zustand';
import type { EventDetail, RegistrationView } from '@linli/types';
import type { CallOptions } from '@/lib/cloud';
import { storeTasks } from '@/lib/store-task';
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
  busy: false,
  actionError: null,
  actionDone: null,
};

export const useEventDetailStore = create<EventDetailState>()((set, get) => {
  const tasks = storeTasks(get, set);
  /** Runs one action, then reloads the event so seats, badges and buttons are the server's truth. */
  async function act(
    communityId: string,
    done: string,
    intent: string,
    send: (d: EventDetail, o: CallOptions) => Promise<unknown>,
  ) {
    const { detail } = get();
    if (!detail) return;
    await tasks.act({
      busy: 'busy',
      error: 'actionError',
      start: { actionDone: null },
      intent,
      input: detail.id,
      send: async (o) => {
        await send(detail, o);
        return true;
      },
      done: () => ({ actionDone: done, result: null }),
      after: () => get().load(communityId, detail.id),
    });
  }

  return {
    ...initial,
    load: async (communityId, eventId) => {
      if (get().detail?.id !== eventId) set({ ...initial });
      await tasks.load({
        busy: 'loading',
        error: 'loadError',
        run: () => fetchEventDetail({ communityId, eventId }),
        done: (detail) => ({
          detail,
          partySize: Math.min(get().partySize, Math.max(1, detail.maxPartySize)),
        }),
      });
    },
    setPartySize: (n) => set({ partySize: n }),
    signup: async (communityId) => {
      const { detail, partySize } = get();
      if (!detail) return;
      await tasks.act({
        busy: 'submitting',
        error: 'signupError',
        start: { actionDone: null, actionError: null },
        // The same party for the same event is one intent: tapping again after a lost answer is a retry.
        intent: 'signup',
        input: { eventId: detail.id, partySize },
        send: async (o) => {
          // Asked first, while the tap still counts as the person's own gesture (WeChat requires it), and
          // reported before the sign-up so its reminder can use the consent.
          const accepted = await askConsent(communityId, ['reminder', 'promoted', 'event_cancelled']);
          const remind = accepted.includes('reminder');
          const input = { communityId, eventId: detail.id, partySize };
          return signup(remind ? { ...input, remind } : input, o);
        },
        // Show the seat taken at once; the next visit reloads the true count.
        done: (result) => ({
          result,
          detail: {
            ...detail,
            seatsLeft:
              result.status === 'confirmed'
                ? Math.max(0, detail.seatsLeft - result.partySize)
                : detail.seatsLeft,
            myRegistration: result,
          },
        }),
      });
    },
    cancel: (communityId) =>
      act(communityId, '已取消报名', 'cancel', (d, o) =>
        d.myRegistration
          ? cancelRegistration({ communityId, registrationId: d.myRegistration.id }, o)
          : Promise.resolve(),
      ),
    volunteer: (communityId, roleId) =>
      act(communityId, '已报名当志愿者', 'volunteer', (d, o) =>
        volunteerSignup({ communityId, eventId: d.id, roleId }, o),
      ),
    cancelShift: (communityId) =>
      act(communityId, '已取消志愿服务', 'cancelShift', (d, o) =>
        d.myShift ? cancelShift({ communityId, shiftId: d.myShift.id }, o) : Promise.resolve(),
      ),
    reset: tasks.reset(initial),
  };
});
