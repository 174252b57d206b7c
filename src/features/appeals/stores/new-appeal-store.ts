import { create } from 'zustand';
import type { AppealCategoryView, AppealDetail, EstateBrief } from '@linli/types';
import { messageOf } from '@/lib/cloud-error';
import { intentKey } from '@/lib/intent-key';
import { call } from '@/lib/cloud';
import { askConsent } from '@/lib/notice-consent';
import { fetchCategories, submitAppeal, type SubmitInput } from '../services/appeals.service';
import { pickAndUpload, uploadPath, type Uploaded } from '../services/photos';

export const MAX_PHOTOS = 6;

export interface AppealDraft {
  categoryId: string | null;
  words: string;
  photos: Uploaded[];
  voice: (Uploaded & { seconds: number }) | null;
  /** null: the person's own building (the server's default). */
  place: { estateId: string; building: string } | null;
  namePublic: boolean;
}

const emptyDraft: AppealDraft = {
  categoryId: null,
  words: '',
  photos: [],
  voice: null,
  place: null,
  namePublic: false,
};

interface State {
  categories: AppealCategoryView[];
  estates: EstateBrief[];
  loaded: boolean;
  loadError: string | null;
  draft: AppealDraft;
  uploading: boolean;
  submitting: boolean;
  error: string | null;
  done: AppealDetail | null;
  load: (communityId: string) => Promise<void>;
  loadEstates: (communityId: string) => Promise<void>;
  set: <K extends keyof AppealDraft>(key: K, value: AppealDraft[K]) => void;
  addPhotos: (communityId: string) => Promise<void>;
  removePhoto: (index: number) => void;
  addVoice: (communityId: string, path: string | Blob, seconds: number) => Promise<void>;
  submit: (communityId: string) => Promise<boolean>;
  reset: () => void;
}

/** What the server gets, or what is still missing said in words. */
export function toSubmitInput(communityId: string, d: AppealDraft): SubmitInput | string {
  if (!d.categoryId) return '请先选一个类别';
  const words = d.words.trim();
  if (!words && !d.voice && d.photos.length === 0) return '请写几句话、拍张照片或者录一段语音';
  if (d.place && !d.place.building) return '请选择楼栋';
  if (words.length > 1000) return '文字最多 1000 个字';
  // Words may be empty: photos or a voice note alone are an appeal (the elder's fastest path).
  const input: SubmitInput = { communityId, categoryId: d.categoryId, words, namePublic: d.namePublic };
  if (d.photos.length) input.photos = d.photos.map((p) => p.fileId);
  if (d.voice) input.voiceFileId = d.voice.fileId;
  if (d.place) input.place = d.place;
  return input;
}

// One key per appeal being written: a retry after a lost answer cannot file it twice.
const key = intentKey();

const initial = {
  categories: [],
  estates: [],
  loaded: false,
  loadError: null,
  draft: emptyDraft,
  uploading: false,
  submitting: false,
  error: null,
  done: null,
};

export const useNewAppealStore = create<State>()((set, get) => {
  const edit = (draft: AppealDraft) => {
    key.clear();
    set({ draft, error: null });
  };
  return {
    ...initial,
    load: async (communityId) => {
      set({ loadError: null });
      try {
        set({ categories: await fetchCategories(communityId), loaded: true });
      } catch (e) {
        set({ loadError: messageOf(e) });
      }
    },
    loadEstates: async (communityId) => {
      if (get().estates.length) return;
      try {
        set({ estates: await call('community', 'estates', { communityId }) });
      } catch (e) {
        set({ error: messageOf(e) });
      }
    },
    set: (k, value) => edit({ ...get().draft, [k]: value }),
    addPhotos: async (communityId) => {
      const room = MAX_PHOTOS - get().draft.photos.length;
      if (room <= 0 || get().uploading) return;
      set({ uploading: true, error: null });
      try {
        const added = await pickAndUpload({ communityId, purpose: 'appeal_photo', count: room });
        if (added.length)
          edit({ ...get().draft, photos: [...get().draft.photos, ...added].slice(0, MAX_PHOTOS) });
      } catch (e) {
        set({ error: messageOf(e) });
      } finally {
        set({ uploading: false });
      }
    },
    removePhoto: (i) => edit({ ...get().draft, photos: get().draft.photos.filter((_, j) => j !== i) }),
    addVoice: async (communityId, path, seconds) => {
      set({ uploading: true, error: null });
      try {
        const v = await uploadPath(communityId, 'appeal_voice', path);
        edit({ ...get().draft, voice: { ...v, seconds } });
      } catch (e) {
        set({ error: messageOf(e) });
      } finally {
        set({ uploading: false });
      }
    },
    submit: async (communityId) => {
      if (get().submitting || get().uploading) return false;
      const input = toSubmitInput(communityId, get().draft);
      if (typeof input === 'string') {
        set({ error: input });
        return false;
      }
      set({ submitting: true, error: null });
      try {
        // Asked while the tap is still the person's own gesture (WeChat requires it): a WeChat message
        // when the appeal is answered. A refusal changes nothing; the 消息 inbox has it either way.
        await askConsent(communityId, ['appeal_closed']);
        const done = await submitAppeal(input, key.get());
        key.settle();
        set({ submitting: false, done, draft: emptyDraft });
        return true;
      } catch (e) {
        key.settle(e);
        set({ submitting: false, error: messageOf(e) });
        return false;
      }
    },
    reset: () => {
      key.clear();
      set(initial);
    },
  };
});
