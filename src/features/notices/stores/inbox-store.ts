import { create } from 'zustand';
import type { NoticePreferences, NoticeView } from '@linli/types';
import { messageOf } from '@/lib/cloud-error';
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

export const useInboxStore = create<InboxState>()((set, get) => ({
  items: [],
  next: null,
  loaded: false,
  loading: false,
  error: null,
  prefs: null,
  busy: false,
  load: async (communityId) => {
    set({ loading: true, error: null });
    try {
      const [page, prefs] = await Promise.all([
        api.fetchInbox(communityId),
        api.fetchPreferences(communityId),
      ]);
      set({ items: page.items, next: page.nextCursor, prefs, loaded: true, loading: false });
      useUnreadStore.getState().set(page.unread);
    } catch (e) {
      set({ loading: false, error: messageOf(e) });
    }
  },
  more: async (communityId) => {
    const { next, loading } = get();
    if (!next || loading) return;
    set({ loading: true, error: null });
    try {
      const page = await api.fetchInbox(communityId, next);
      set((s) => ({ items: [...s.items, ...page.items], next: page.nextCursor, loading: false }));
    } catch (e) {
      set({ loading: false, error: messageOf(e) });
    }
  },
  open: async (communityId, item) => {
    if (!item.read) {
      set((s) => ({ items: s.items.map((i) => (i.id === item.id ? { ...i, read: true } : i)) }));
      void api
        .markRead(communityId, [item.id])
        .then((r) => useUnreadStore.getState().set(r.unread))
        .catch(() => undefined);
    }
    return item.link;
  },
  readAll: async (communityId) => {
    set({ busy: true, error: null });
    try {
      const r = await api.markAllRead(communityId);
      set((s) => ({ busy: false, items: s.items.map((i) => ({ ...i, read: true })) }));
      useUnreadStore.getState().set(r.unread);
    } catch (e) {
      set({ busy: false, error: messageOf(e) });
    }
  },
  setCopies: async (communityId, linkId, on) => {
    set({ busy: true, error: null });
    try {
      set({ busy: false, prefs: await api.setFamilyCopies(communityId, linkId, on) });
    } catch (e) {
      set({ busy: false, error: messageOf(e) });
    }
  },
}));
