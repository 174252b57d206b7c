import { create } from 'zustand';
import type { AttendanceResult, EstateBrief, EventDetail } from '@linli/types';
import { messageOf } from '@/lib/cloud-error';
import { newRequestKey } from '@/lib/request-key';
import { saveFile } from '@/lib/save-file';
import * as api from '../services/manage.service';
import { blankForm, formFromDetail, toFields, type EventFormValues } from './event-form-model';

interface ManageState {
  /** '' while creating a new event. */
  eventId: string;
  loaded: boolean;
  detail: EventDetail | null;
  estates: EstateBrief[];
  form: EventFormValues;
  loading: boolean;
  loadError: string | null;
  saving: boolean;
  formError: string | null;
  busy: boolean;
  actionError: string | null;
  actionDone: string | null;
  attendance: AttendanceResult | null;
  load: (communityId: string, eventId: string) => Promise<void>;
  setForm: (patch: Partial<EventFormValues>) => void;
  /** Resolves to the saved event (created or updated), or null when it failed. */
  save: (communityId: string) => Promise<EventDetail | null>;
  publish: (communityId: string) => Promise<void>;
  cancel: (communityId: string, reason: string) => Promise<void>;
  finish: (communityId: string) => Promise<void>;
  confirmAttendance: (communityId: string) => Promise<void>;
  exportRoster: (communityId: string) => Promise<void>;
  reset: () => void;
}

const initial = {
  eventId: '',
  loaded: false,
  detail: null,
  estates: [],
  form: blankForm(),
  loading: false,
  loadError: null,
  saving: false,
  formError: null,
  busy: false,
  actionError: null,
  actionDone: null,
  attendance: null,
};

export const useManageStore = create<ManageState>()((set, get) => {
  async function act(done: string, run: () => Promise<EventDetail | void>) {
    if (get().busy) return;
    set({ busy: true, actionError: null, actionDone: null });
    try {
      const detail = await run();
      set({ busy: false, actionDone: done, ...(detail ? { detail } : {}) });
    } catch (e) {
      set({ busy: false, actionError: messageOf(e) });
    }
  }

  return {
    ...initial,
    load: async (communityId, eventId) => {
      const same = get().loaded && get().eventId === eventId;
      if (!same) set({ ...initial, form: blankForm(), eventId });
      set({ loading: true, loadError: null });
      try {
        const [estates, detail] = await Promise.all([
          api.fetchEstates(communityId),
          eventId ? api.fetchDetail(communityId, eventId) : Promise.resolve(null),
        ]);
        // Coming back from the roster keeps what staff were typing; a first load fills the form.
        const form = !same && detail ? formFromDetail(detail, estates) : get().form;
        set({ estates, detail, form, loaded: true, loading: false });
      } catch (e) {
        set({ loading: false, loadError: messageOf(e) });
      }
    },
    setForm: (patch) => set({ form: { ...get().form, ...patch }, formError: null }),
    save: async (communityId) => {
      if (get().saving) return null;
      const fields = toFields(get().form);
      if (typeof fields === 'string') {
        set({ formError: fields });
        return null;
      }
      set({ saving: true, formError: null, actionDone: null });
      try {
        const { eventId } = get();
        const detail = eventId
          ? await api.updateEvent(communityId, eventId, fields)
          : await api.createEvent(communityId, fields, newRequestKey());
        set({
          saving: false,
          detail,
          eventId: detail.id,
          actionDone: eventId ? '已保存修改' : '已保存为草稿',
        });
        return detail;
      } catch (e) {
        set({ saving: false, formError: messageOf(e) });
        return null;
      }
    },
    publish: (communityId) =>
      act('已发布，居民现在可以报名', () => api.publishEvent(communityId, get().eventId)),
    cancel: (communityId, reason) =>
      act('活动已取消，已报名的居民会收到通知', () => api.cancelEvent(communityId, get().eventId, reason)),
    finish: (communityId) => act('活动已标记为结束', () => api.finishEvent(communityId, get().eventId)),
    confirmAttendance: (communityId) =>
      act('出席已确认', async () => {
        set({ attendance: await api.confirmAttendance(communityId, get().eventId) });
      }),
    exportRoster: (communityId) =>
      act('名单已导出', async () => {
        const file = await api.exportRoster(communityId, get().eventId);
        await saveFile(file);
      }),
    reset: () => set({ ...initial, form: blankForm() }),
  };
});
