import { create } from 'zustand';
import type { EventCategory, EventSummary } from '@linli/types';
import { messageOf } from '@/lib/cloud-error';
import { fetchEvents } from '../services/events.service';

interface EventsListState {
  category: EventCategory | null;
  items: EventSummary[];
  loaded: boolean;
  loading: boolean;
  error: string | null;
  load: (communityId: string) => Promise<void>;
  setCategory: (communityId: string, category: EventCategory | null) => Promise<void>;
  reset: () => void;
}

const initial = { category: null, items: [], loaded: false, loading: false, error: null };

/** Upcoming first (soonest on top), then past ones, most recent first. */
export function sortUpcomingFirst(items: EventSummary[], now = Date.now()): EventSummary[] {
  const t = (e: EventSummary) => Date.parse(e.startsAt);
  const upcoming = items.filter((e) => Date.parse(e.endsAt) >= now).sort((a, b) => t(a) - t(b));
  const past = items.filter((e) => Date.parse(e.endsAt) < now).sort((a, b) => t(b) - t(a));
  return [...upcoming, ...past];
}

export const useEventsListStore = create<EventsListState>()((set, get) => ({
  ...initial,
  load: async (communityId) => {
    const category = get().category;
    set({ loading: true, error: null });
    try {
      const items = await fetchEvents(communityId, category ?? undefined);
      // A newer filter may have been picked while this one was loading.
      if (get().category === category) set({ items: sortUpcomingFirst(items), loaded: true, loading: false });
    } catch (e) {
      set({ loading: false, error: messageOf(e) });
    }
  },
  setCategory: (communityId, category) => {
    set({ category });
    return get().load(communityId);
  },
  reset: () => set(initial),
}));
