import { create } from 'zustand';
import type { RedemptionStatus, RedemptionView } from '@linli/types';
import { messageOf } from '@/lib/cloud-error';
import { newRequestKey } from '@/lib/request-key';
import { normalizeRedemptionCode } from '../code';
import { fetchMerchantRedemptions, fulfilCode } from '../services/shop.service';

interface MerchantState {
  code: string;
  fulfilling: boolean;
  result: RedemptionView | null;
  fulfilError: string | null;
  status: RedemptionStatus;
  items: RedemptionView[];
  loaded: boolean;
  loading: boolean;
  error: string | null;
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
  loaded: false,
  loading: false,
  error: null,
};

export const useMerchantStore = create<MerchantState>()((set, get) => ({
  ...initial,
  setCode: (code) => set({ code, fulfilError: null }),
  fulfil: async (communityId, scanned) => {
    if (get().fulfilling) return;
    const code = normalizeRedemptionCode(scanned ?? get().code);
    if (!code) {
      set({ fulfilError: '兑换码是 8 位字母或数字，请核对后再输入', result: null });
      return;
    }
    set({ fulfilling: true, fulfilError: null, result: null });
    try {
      const result = await fulfilCode(communityId, code, newRequestKey());
      set({ fulfilling: false, result, code: '' });
      void get().load(communityId);
    } catch (e) {
      set({ fulfilling: false, fulfilError: messageOf(e) });
    }
  },
  load: async (communityId, status = get().status) => {
    set({ status, loading: true, error: null });
    try {
      set({ items: await fetchMerchantRedemptions(communityId, status), loaded: true, loading: false });
    } catch (e) {
      set({ loading: false, error: messageOf(e) });
    }
  },
  reset: () => set(initial),
}));
