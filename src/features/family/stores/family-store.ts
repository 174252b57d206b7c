import { create } from 'zustand';
import { FAMILY_CODE_DIGITS, type FamilyCode, type FamilyOverview } from '@linli/types';
import { messageOf } from '@/lib/cloud-error';
import * as api from '../services/family.service';
import { intentKey } from '@/lib/intent-key';

interface FamilyState {
  overview: FamilyOverview | null;
  loading: boolean;
  error: string | null;
  code: FamilyCode | null;
  /** What the relative types: digits only, six at most. */
  input: string;
  busy: boolean;
  actionError: string | null;
  actionDone: string | null;
  load: (communityId: string) => Promise<void>;
  makeCode: (communityId: string) => Promise<void>;
  setInput: (raw: string) => void;
  link: (communityId: string) => Promise<void>;
  unlink: (communityId: string, linkId: string, name: string) => Promise<void>;
  reset: () => void;
}

const initial = {
  overview: null,
  loading: false,
  error: null,
  code: null,
  input: '',
  busy: false,
  actionError: null,
  actionDone: null,
};

const codeKey = intentKey();
const linkKey = intentKey();

export const useFamilyStore = create<FamilyState>()((set, get) => {
  async function act<T>(run: () => Promise<T>, done: (result: T) => Partial<FamilyState>) {
    if (get().busy) return;
    set({ busy: true, actionError: null, actionDone: null });
    try {
      const result = await run();
      set({ busy: false, ...done(result) });
    } catch (e) {
      set({ busy: false, actionError: messageOf(e) });
      throw e;
    }
  }

  return {
    ...initial,
    load: async (communityId) => {
      set({ loading: true, error: null });
      try {
        set({ overview: await api.fetchOverview(communityId), loading: false });
      } catch (e) {
        set({ loading: false, error: messageOf(e) });
      }
    },
    makeCode: (communityId) =>
      act(
        () => api.createCode(communityId, codeKey.get()),
        (code) => ({ code }),
      ).then(
        () => codeKey.settle(),
        (e: unknown) => codeKey.settle(e),
      ),
    setInput: (raw) => set({ input: raw.replace(/\D/g, '').slice(0, FAMILY_CODE_DIGITS), actionError: null }),
    link: async (communityId) => {
      const { input } = get();
      if (input.length !== FAMILY_CODE_DIGITS) {
        set({
          actionError: `家人码是 ${FAMILY_CODE_DIGITS} 位数字，请对照家人手机上显示的号码`,
          actionDone: null,
        });
        return;
      }
      await act(
        () => api.linkByCode(communityId, input, linkKey.get()),
        (overview) => ({ overview, input: '', actionDone: '关联成功，您现在可以替家人报名了' }),
      ).then(
        () => linkKey.settle(),
        (e: unknown) => linkKey.settle(e),
      );
    },
    unlink: (communityId, linkId, name) =>
      act(
        () => api.unlink(communityId, linkId),
        (overview) => ({ overview, actionDone: `已和${name}解除关联` }),
      ).catch(() => undefined),
    reset: () => {
      codeKey.clear();
      linkKey.clear();
      set(initial);
    },
  };
});
