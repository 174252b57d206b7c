import { create } from 'zustand';
import type { Announcement } from '@linli/types';
import { type Loadable, loadable, storeTasks } from '@/lib/store-task';
import { fetchAnnouncement, markRead } from '../services/announcements.service';

interface State extends Loadable {
  item: Announcement | null;
  marking: boolean;
  markError: string | null;
  load: (communityId: string, id: string) => Promise<void>;
  reset: () => void;
}

const initial = { item: null, ...loadable, marking: false, markError: null };

/** One announcement as a resident opens it; opening counts as read (once per member, on the server). */
export const useAnnouncementStore = create<State>()((set, get) => {
  const tasks = storeTasks(get, set);
  return {
    ...initial,
    load: async (communityId, id) => {
      const item = await tasks.fetch(
        () => fetchAnnouncement(communityId, id),
        (item) => ({ item, loaded: true }),
      );
      if (!item) return;
      await tasks.act({
        busy: 'marking',
        error: 'markError',
        intent: 'read',
        input: id,
        send: (o) => markRead(communityId, id, o),
        done: (r) =>
          r.readCount !== null && get().item ? { item: { ...get().item!, readCount: r.readCount } } : {},
      });
    },
    reset: tasks.reset(initial),
  };
});
