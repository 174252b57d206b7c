import { create } from 'zustand';
import type { AttendanceResult, EstateBrief, EventDetail } from '@linli/types';
import type { CallOptions } from '@/lib/cloud';
import { storeTasks } from '@/lib/store-task';
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
  const tasks = storeTasks(get, set);
  const act = (
    done: string,
    intent: string,
    send: (o: CallOptions) => Promise<EventDetail | void>,
    input?: unknown,
  ): Promise<void> =>
    tasks
      .act({
        busy: 'busy',
        error: 'actionError',
        start: { actionDone: null },
        intent,
        input: { eventId: get().eventId, input },
        send,
        done: (detail) => ({ actionDone: done, ...(detail ? { detail } : {}) }),
      })
      .then(() => undefined);
  const ids = (communityId: string) => ({ communityId, eventId: get().eventId });

  return {
    ...initial,
    load: async (communityId, eventId) => {
      const same = get().loaded && get().eventId === eventId;
      if (!same) set({ ...initial, form: blankForm(), eventId });
      await tasks.load({
        busy: 'loading',
        error: 'loadError',
        run: () =>
          Promise.all([
            api.fetchEstates({ communityId }),
            eventId ? api.fetchDetail({ communityId, eventId }) : Promise.resolve(null),
          ]),
        // Coming back from the roster keeps what staff were typing; a first load fills the form.
        done: ([estates, detail]) => ({
          estates,
          detail,
          form: !same && detail ? formFromDetail(detail, estates) : get().form,
          loaded: true,
        }),
      });
    },
    setForm: (patch) => set({ form: { ...get().form, ...patch }, formError: null }),
    save: async (communityId) => {
      if (get().saving) return null;
      const fields = toFields(get().form);
      if (typeof fields === 'string') {
        set({ formError: fields });
        return null;
      }
      const { eventId } = get();
      const saved = await tasks.act({
        busy: 'saving',
        error: 'formError',
        start: { actionDone: null },
        // Saving the same form again after a lost answer is a retry, not a second draft.
        intent: 'save',
        input: { eventId, fields },
        send: (opts) =>
          eventId
            ? api.updateEvent({ communityId, eventId, ...fields }, opts)
            : api.createEvent({ communityId, ...fields }, opts),
        done: (detail) => ({
          detail,
          eventId: detail.id,
          actionDone: eventId ? '已保存修改' : '已保存为草稿',
        }),
      });
      return saved ?? null;
    },
    publish: (communityId) =>
      act('已发布，居民现在可以报名', 'publish', (o) => api.publishEvent(ids(communityId), o)),
    cancel: (communityId, reason) =>
      act(
        '活动已取消，已报名的居民会收到通知',
        'cancel',
        (o) => api.cancelEvent({ ...ids(communityId), reason }, o),
        reason,
      ),
    finish: (communityId) => act('活动已标记为结束', 'finish', (o) => api.finishEvent(ids(communityId), o)),
    confirmAttendance: (communityId) =>
      act('出席已确认', 'confirmAttendance', async (o) => {
        set({ attendance: await api.confirmAttendance(ids(communityId), o) });
      }),
    exportRoster: (communityId) =>
      act('名单已导出', 'exportRoster', async (o) => {
        const file = await api.exportRoster(ids(communityId), o);
        await saveFile(file);
      }),
    reset: () => {
      tasks.forget();
      set({ ...initial, form: blankForm() });
    },
  };
});
