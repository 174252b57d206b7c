import { defineStore } from '@/lib/define-store';
import type { EstateBrief, EventDetail, EventSummary, ProxySignupResult } from '@linli/types';
import { messageOf } from '@/lib/cloud-error';
import { scrollToTop } from '@/lib/scroll';
import { fetchEstates, fetchEventDetail, fetchOpenEvents, proxySignup } from '../services/grid.service';
import { emptyForm, validateProxy, type ProxyForm } from './proxy-validate';

interface ProxyState {
  events: EventSummary[];
  estates: EstateBrief[];
  loaded: boolean;
  loading: boolean;
  loadError: string | null;
  /** The picked event in full (its party size limit and age rule). */
  event: EventDetail | null;
  form: ProxyForm;
  /** Said before sending (our check) or after (the server's Chinese message). */
  error: string | null;
  submitting: boolean;
  result: ProxySignupResult | null;
  load: (communityId: string) => Promise<void>;
  pickEvent: (communityId: string, eventId: string) => Promise<void>;
  setField: <K extends keyof ProxyForm>(key: K, value: ProxyForm[K]) => void;
  submit: (communityId: string) => Promise<void>;
  /** Next elder, same event. */
  again: () => void;
  reset: () => void;
}

const initial = {
  events: [],
  estates: [],
  loaded: false,
  loading: false,
  loadError: null,
  event: null,
  form: emptyForm,
  error: null,
  submitting: false,
  result: null,
};

export const useProxyStore = defineStore<ProxyState>(initial, ({ set, get, tasks }) => {
  return {
    load: async (communityId) => {
      await tasks.load({
        busy: 'loading',
        error: 'loadError',
        run: () => Promise.all([fetchOpenEvents({ communityId }), fetchEstates({ communityId })]),
        done: ([events, estates]) => ({
          events: events.filter((e) => e.status === 'published'),
          estates,
          loaded: true,
        }),
      });
    },
    pickEvent: async (communityId, eventId) => {
      set({ form: { ...get().form, eventId, partySize: 1 }, event: null, error: null });
      try {
        const event = await fetchEventDetail({ communityId, eventId });
        if (get().form.eventId === eventId) set({ event });
      } catch (e) {
        set({ error: messageOf(e) });
      }
    },
    setField: (key, value) => {
      const form = { ...get().form, [key]: value };
      if (key === 'estateId') form.building = null;
      set({ form, error: null });
    },
    submit: async (communityId) => {
      if (get().submitting) return;
      const input = validateProxy(communityId, get().form);
      if (typeof input === 'string') return set({ error: input });
      // A changed form is a new intent, the same form sent again a retry.
      const result = await tasks.act({
        busy: 'submitting',
        error: 'error',
        intent: 'proxySignup',
        input,
        send: (o) => proxySignup(input, o),
        done: (result) => ({ result }),
      });
      if (result) scrollToTop();
    },
    again: () => {
      set({ form: { ...emptyForm, eventId: get().form.eventId }, result: null, error: null });
      scrollToTop();
    },
  };
});
