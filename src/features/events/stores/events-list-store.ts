import { create } from 'zustand';
import type { EventCategory, EventSummary } from '@linli/types';
import { storeTasks } from '@/lib/store-task';
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

export const useEventsListStore = create<EventsListState>()((set, get) => {
  const tasks = storeTasks(get, set);
  return {
    ...initial,
    load: async (communityId) => {
      const category = get().category;
      await tasks.load({
        busy: 'loading',
        error: 'error',
        run: () => fetchEvents({ communityId, category: category ?? undefined }),
        // A newer filter may have been picked while this one was loading: that load is still running.
        done: (items) =>
          get().category === category ? { items: sortUpcomingFirst(items), loaded: true } : { loading: true },
      });
    },
    setCategory: (communityId, category) => {
      set({ category });
      return get().load(communityId);
    },
    reset: () => set(initial),
  };
});
