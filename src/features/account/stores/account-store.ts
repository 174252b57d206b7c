/** 我的 → 使用邀请码, 我的数据 and 删除我的数据 (PIPL rights the server already keeps). */
import { create } from 'zustand';
import type { DeletionResult, InviteRedeemed, MyData } from '@linli/types';
import { storeTasks } from '@/lib/store-task';
import * as api from '../services/account.service';

interface State {
  redeemed: InviteRedeemed | null;
  data: MyData | null;
  deleted: DeletionResult | null;
  loading: boolean;
  error: string | null;
  busy: boolean;
  actionError: string | null;
  redeem: (code: string) => Promise<InviteRedeemed | undefined>;
  loadMyData: () => Promise<void>;
  deleteMe: () => Promise<DeletionResult | undefined>;
  reset: () => void;
}

const initial = { redeemed: null, data: null, deleted: null, loading: false, error: null, busy: false, actionError: null };

/** What a scanned invite QR holds: the code after this prefix (server/domain/admin/invites.ts). */
export const INVITE_QR_PREFIX = 'LINLI-INVITE:';

/** A typed or scanned invite: letters upper-cased, spaces and the QR prefix dropped. */
export function normaliseInviteCode(text: string): string {
  return text.trim().replace(INVITE_QR_PREFIX, '').replace(/[\s-]/g, '').toUpperCase();
}

export const useAccountStore = create<State>()((set, get) => {
  const tasks = storeTasks(get, set);
  return {
    ...initial,
    redeem: (raw) => {
      const code = normaliseInviteCode(raw);
      return tasks.act({
        busy: 'busy',
        error: 'actionError',
        intent: 'redeemInvite',
        input: code,
        send: (o) => api.redeemInvite({ code, acceptPrivacy: true }, o),
        done: (redeemed) => ({ redeemed }),
      });
    },
    loadMyData: async () => {
      await tasks.fetch(api.fetchMyData, (data) => ({ data }));
    },
    deleteMe: () =>
      tasks.act({
        busy: 'busy',
        error: 'actionError',
        intent: 'deleteMe',
        send: (o) => api.deleteMe(o),
        done: (deleted) => ({ deleted }),
      }),
    reset: tasks.reset(initial),
  };
});
