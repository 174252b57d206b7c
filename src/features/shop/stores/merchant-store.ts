import { create } from 'zustand';
import type { RedemptionStatus, RedemptionView } from '@linli/types';
import { type Loadable, loadable, storeTasks } from '@/lib/store-task';
import { normalizeRedemptionCode } from '../code';
import { fetchMerchantRedemptions, fulfilCode } from '../services/shop.service';

interface MerchantState extends Loadable {
  code: string;
  fulfilling: boolean;
  result: RedemptionView | null;
  fulfilError: string | null;
  status: RedemptionStatus;
  items: RedemptionView[];
  setCode: (v: string) => void;
  fulfil: (communityId: string, scanned?: string) => Promise<void>;
  load: (communityId: string, status?: RedemptionStatus) => Promise<void>;
  reset: () => void;
}

const initial = {
  code: '',
  fulfilling: false,
  result: null,
  fulfilError: null,
  status: 'reserved' as RedemptionStatus,
  items: [],
  ...loadable,
};

export const useMerchantStore = create<MerchantState>()((set, get) => {
  const tasks = storeTasks(get, set);
  return {
    ...initial,
    setCode: (code) => set({ code, fulfilError: null }),
    fulfil: async (communityId, scanned) => {
      if (get().fulfilling) return;
      const code = normalizeRedemptionCode(scanned ?? get().code);
      if (!code) {
        set({ fulfilError: '兑换码是 8 位字母或数字，请核对后再输入', result: null });
        return;
      }
      await tasks.act({
        busy: 'fulfilling',
        error: 'fulfilError',
        start: { result: null },
        intent: 'fulfil',
        input: code,
        send: (o) => fulfilCode({ communityId, code }, o),
        done: (result) => ({ result, code: '' }),
        after: () => void get().load(communityId),
      });
    },
    load: async (communityId, status = get().status) => {
      set({ status });
      await tasks.fetch(
        () => fetchMerchantRedemptions({ communityId, status }),
        (items) => ({ items, loaded: true }),
      );
    },
    reset: tasks.reset(initial),
  };
});
