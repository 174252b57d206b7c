import { create } from 'zustand';
import type { EstateBrief, EventDetail, EventSummary, ProxySignupResult } from '@linli/types';
import { isCloudError, messageOf, NETWORK_FAILED } from '@/lib/cloud-error';
import { newRequestKey } from '@/lib/request-key';
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
  submitKey: string | null;
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
  submitKey: null,
  result: null,
};

export const useProxyStore = create<ProxyState>()((set, get) => ({
  ...initial,
  load: async (communityId) => {
    set({ loading: true, loadError: null });
    try {
      const [events, estates] = await Promise.all([fetchOpenEvents(communityId), fetchEstates(communityId)]);
      set({ events: events.filter((e) => e.status === 'published'), estates, loaded: true, loading: false });
    } catch (e) {
      set({ loading: false, loadError: messageOf(e) });
    }
  },
  pickEvent: async (communityId, eventId) => {
    set({ form: { ...get().form, eventId, partySize: 1 }, event: null, error: null, submitKey: null });
    try {
      const event = await fetchEventDetail(communityId, eventId);
      if (get().form.eventId === eventId) set({ event });
    } catch (e) {
      set({ error: messageOf(e) });
    }
  },
  setField: (key, value) => {
    const form = { ...get().form, [key]: value };
    if (key === 'estateId') form.building = null;
    // A changed form is a new intent: a new request key.
    set({ form, error: null, submitKey: null });
  },
  submit: async (communityId) => {
    if (get().submitting) return;
    const input = validateProxy(communityId, get().form);
    if (typeof input === 'string') return set({ error: input });
    const key = get().submitKey ?? newRequestKey();
    set({ submitting: true, error: null, submitKey: key });
    try {
      set({ result: await proxySignup(input, key), submitting: false, submitKey: null });
      scrollToTop();
    } catch (e) {
      const keepKey = isCloudError(e) && e.code === NETWORK_FAILED;
      set({ submitting: false, error: messageOf(e), submitKey: keepKey ? key : null });
    }
  },
  again: () => {
    set({ form: { ...emptyForm, eventId: get().form.eventId }, result: null, error: null });
    scrollToTop();
  },
  reset: () => set(initial),
}));
