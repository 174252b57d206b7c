import { create } from 'zustand';
import type { AppealCategoryView, AppealChannel, AppealDetail, EstateBrief } from '@linli/types';
import { call } from '@/lib/cloud';
import { messageOf } from '@/lib/cloud-error';
import { intentKey } from '@/lib/intent-key';
import { fetchCategories, recordOnBehalf, type RecordInput } from '../services/appeals.service';

export interface RecordDraft {
  channel: AppealChannel | null;
  name: string;
  phone: string;
  estateId: string | null;
  building: string | null;
  unit: string;
  categoryId: string | null;
  words: string;
  photos: string[];
  namePublic: boolean;
}

export const emptyRecord: RecordDraft = {
  channel: null,
  name: '',
  phone: '',
  estateId: null,
  building: null,
  unit: '',
  categoryId: null,
  words: '',
  photos: [],
  namePublic: false,
};

/** Everything a grid worker can miss, said before sending. */
export function toRecordInput(communityId: string, d: RecordDraft): RecordInput | string {
  if (!d.channel) return '请选择诉求是怎么来的（入户走访、电话……）';
  const name = d.name.trim();
  if (!name) return '请填写居民姓名';
  const phone = d.phone.trim();
  if (phone && !/^1\d{10}$/.test(phone)) return '手机号请填写 11 位数字，没有可不填';
  if (!d.estateId || !d.building) return '请选择小区和楼栋';
  const unit = /^\d+$/.test(d.unit.trim()) ? `${d.unit.trim()}单元` : d.unit.trim();
  if (!unit) return '请填写单元，例如 1单元';
  if (!d.categoryId) return '请选择类别';
  if (!d.words.trim()) return '请写下居民反映的情况';
  const place = { estateId: d.estateId, building: d.building };
  return {
    communityId,
    channel: d.channel,
    resident: { name, estateId: d.estateId, building: d.building, unit, ...(phone ? { phone } : {}) },
    categoryId: d.categoryId,
    words: d.words.trim(),
    place,
    namePublic: d.namePublic,
    ...(d.photos.length ? { photos: d.photos } : {}),
  };
}

interface State {
  categories: AppealCategoryView[];
  estates: EstateBrief[];
  loaded: boolean;
  loadError: string | null;
  draft: RecordDraft;
  saving: boolean;
  error: string | null;
  done: AppealDetail | null;
  load: (communityId: string) => Promise<void>;
  set: <K extends keyof RecordDraft>(k: K, v: RecordDraft[K]) => void;
  save: (communityId: string) => Promise<void>;
  again: () => void;
}

const key = intentKey();

/** 代居民登记: an appeal that came by visit, mailbox, 坝坝会, phone or online, recorded for the resident. */
export const useRecordStore = create<State>()((set, get) => ({
  categories: [],
  estates: [],
  loaded: false,
  loadError: null,
  draft: emptyRecord,
  saving: false,
  error: null,
  done: null,
  load: async (communityId) => {
    try {
      const [categories, estates] = await Promise.all([
        fetchCategories(communityId),
        call('community', 'estates', { communityId }),
      ]);
      set({ categories, estates, loaded: true, loadError: null });
    } catch (e) {
      set({ loadError: messageOf(e) });
    }
  },
  set: (k, v) => {
    const draft = { ...get().draft, [k]: v };
    if (k === 'estateId') draft.building = null;
    key.clear();
    set({ draft, error: null });
  },
  save: async (communityId) => {
    if (get().saving) return;
    const input = toRecordInput(communityId, get().draft);
    if (typeof input === 'string') return set({ error: input });
    set({ saving: true, error: null });
    try {
      const done = await recordOnBehalf(input, key.get());
      key.settle();
      set({ saving: false, done, draft: { ...emptyRecord, channel: get().draft.channel } });
    } catch (e) {
      key.settle(e);
      set({ saving: false, error: messageOf(e) });
    }
  },
  again: () => set({ done: null }),
}));
