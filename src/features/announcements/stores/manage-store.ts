import { create } from 'zustand';
import type { Announcement, UploadedFile } from '@linli/types';
import { type Loadable, type RowActions, loadable, rowActions, storeTasks } from '@/lib/store-task';
import {
  fetchAnnouncements,
  postAnnouncement,
  withdrawAnnouncement,
} from '../services/announcements.service';

export interface Draft {
  title: string;
  words: string;
  pinned: boolean;
  /** Days it stays on 首页; 0 = until withdrawn. */
  days: number;
  photos: UploadedFile[];
}

interface State extends Loadable, RowActions {
  items: Announcement[];
  draft: Draft;
  posting: boolean;
  postError: string | null;
  posted: string | null;
  load: (communityId: string) => Promise<void>;
  edit: (patch: Partial<Draft>) => void;
  post: (communityId: string) => Promise<void>;
  withdraw: (communityId: string, id: string) => Promise<void>;
  reset: () => void;
}

const emptyDraft: Draft = { title: '', words: '', pinned: false, days: 7, photos: [] };
const initial = {
  items: [],
  ...loadable,
  ...rowActions,
  draft: emptyDraft,
  posting: false,
  postError: null,
  posted: null,
};

/** Staff post 通知公告 and take them down; the list shows read counts. */
export const useManageAnnouncementsStore = create<State>()((set, get) => {
  const tasks = storeTasks(get, set);
  return {
    ...initial,
    load: async (communityId) => {
      await tasks.fetch(
        () => fetchAnnouncements(communityId),
        (r) => ({ items: r.items, loaded: true }),
      );
    },
    edit: (patch) => set({ draft: { ...get().draft, ...patch }, posted: null }),
    post: async (communityId) => {
      const d = get().draft;
      if (!d.title.trim() || !d.words.trim()) {
        set({ postError: '请写好标题和内容' });
        return;
      }
      const input = {
        communityId,
        title: d.title.trim(),
        words: d.words.trim(),
        pinned: d.pinned,
        fileIds: d.photos.map((p) => p.fileId),
        ...(d.days > 0 ? { expiresAt: new Date(Date.now() + d.days * 86_400_000).toISOString() } : {}),
      };
      await tasks.act({
        busy: 'posting',
        error: 'postError',
        intent: 'post',
        input: { ...input, expiresAt: d.days },
        send: (o) => postAnnouncement(input, o),
        done: (a) => ({ posted: a.title, draft: emptyDraft }),
        after: () => get().load(communityId),
      });
    },
    withdraw: async (communityId, id) => {
      await tasks.act({
        busy: 'busyId',
        id,
        error: 'actionError',
        intent: 'withdraw',
        input: id,
        send: (o) => withdrawAnnouncement(communityId, id, o),
        done: (r) => ({ items: r.items, actionDone: '已撤回' }),
      });
    },
    reset: tasks.reset(initial),
  };
});
