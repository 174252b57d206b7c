import { create } from 'zustand';
import type { NoticePreferences, NoticeView } from '@linli/types';
import { storeTasks } from '@/lib/store-task';
import * as api from '../services/notices.service';
import { useUnreadStore } from './unread-store';

interface InboxState {
  items: NoticeView[];
  next: string | null;
  loaded: boolean;
  loading: boolean;
  error: string | null;
  prefs: NoticePreferences | null;
  busy: boolean;
  load: (communityId: string) => Promise<void>;
  more: (communityId: string) => Promise<void>;
  /** Marks it read (once) and answers the page to open, if any. */
  open: (communityId: string, item: NoticeView) => Promise<string>;
  readAll: (communityId: string) => Promise<void>;
  setCopies: (communityId: string, linkId: string, on: boolean) => Promise<void>;
}

export const useInboxStore = create<InboxState>()((set, get) => {
  const tasks = storeTasks(get, set);
  return {
    items: [],
    next: null,
    loaded: false,
    loading: false,
    error: null,
    prefs: null,
    busy: false,
    load: async (communityId) => {
      await tasks.fetch(
        () => Promise.all([api.fetchInbox({ communityId }), api.fetchPreferences({ communityId })]),
        ([page, prefs]) => {
          useUnreadStore.getState().set(page.unread);
          return { items: page.items, next: page.nextCursor, prefs, loaded: true };
        },
      );
    },
    more: async (communityId) => {
      const { next, loading } = get();
      if (!next || loading) return;
      await tasks.load({
        busy: 'loading',
        error: 'error',
        run: () => api.fetchInbox({ communityId, cursor: next }),
        done: (page) => ({ items: [...get().items, ...page.items], next: page.nextCursor }),
      });
    },
    open: async (communityId, item) => {
      if (!item.read) {
        set((s) => ({ items: s.items.map((i) => (i.id === item.id ? { ...i, read: true } : i)) }));
        void api
          .markRead({ communityId, ids: [item.id] })
          .then((r) => useUnreadStore.getState().set(r.unread))
          .catch(() => undefined);
      }
      return item.link;
    },
    readAll: async (communityId) => {
      await tasks.act({
        busy: 'busy',
        error: 'error',
        intent: 'markAllRead',
        input: communityId,
        send: (o) => api.markAllRead({ communityId }, o),
        done: () => ({ items: get().items.map((i) => ({ ...i, read: true })) }),
        after: (r) => useUnreadStore.getState().set(r.unread),
      });
    },
    setCopies: async (communityId, linkId, on) => {
      await tasks.act({
        busy: 'busy',
        error: 'error',
        intent: 'familyCopies',
        input: { communityId, linkId, on },
        send: (o) => api.setFamilyCopies({ communityId, linkId, on }, o),
        done: (prefs) => ({ prefs }),
      });
    },
  };
});
