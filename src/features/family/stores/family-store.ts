import { create } from 'zustand';
import { FAMILY_CODE_DIGITS, type FamilyCode, type FamilyOverview } from '@linli/types';
import type { CallOptions } from '@/lib/cloud';
import * as api from '../services/family.service';
import { storeTasks } from '@/lib/store-task';

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

export const useFamilyStore = create<FamilyState>()((set, get) => {
  const tasks = storeTasks(get, set);
  const act = <T>(
    intent: string,
    input: unknown,
    send: (o: CallOptions) => Promise<T>,
    done: (r: T) => Partial<FamilyState>,
  ) =>
    tasks.act({ busy: 'busy', error: 'actionError', start: { actionDone: null }, intent, input, send, done });

  return {
    ...initial,
    load: async (communityId) => {
      await tasks.fetch(
        () => api.fetchOverview({ communityId }),
        (overview) => ({ overview }),
      );
    },
    makeCode: async (communityId) => {
      await act(
        'code',
        null,
        (o) => api.createCode({ communityId }, o),
        (code) => ({ code }),
      );
    },
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
        'link',
        input,
        (o) => api.linkByCode({ communityId, code: input }, o),
        (overview) => ({ overview, input: '', actionDone: '关联成功，您现在可以替家人报名了' }),
      );
    },
    unlink: async (communityId, linkId, name) => {
      await act(
        'unlink',
        linkId,
        (o) => api.unlink({ communityId, linkId }, o),
        (overview) => ({ overview, actionDone: `已和${name}解除关联` }),
      );
    },
    reset: tasks.reset(initial),
  };
});
