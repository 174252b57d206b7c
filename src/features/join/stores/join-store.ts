import { create } from 'zustand';
import type { CommunityBrief, EstateBrief, Membership } from '@linli/types';
import { isCloudError, messageOf, NETWORK_FAILED } from '@/lib/cloud-error';
import { newRequestKey } from '@/lib/request-key';
import { fetchCommunities, fetchEstates, joinCommunity } from '../services/join.service';

interface JoinState {
  agreed: boolean;
  communities: CommunityBrief[];
  estates: EstateBrief[];
  communityId: string | null;
  estateId: string | null;
  building: string | null;
  unit: string;
  loading: boolean;
  error: string | null;
  submitting: boolean;
  joinKey: string | null;
  setAgreed: (v: boolean) => void;
  loadCommunities: () => Promise<void>;
  pickCommunity: (id: string) => Promise<void>;
  pickEstate: (id: string) => void;
  pickBuilding: (b: string) => void;
  setUnit: (u: string) => void;
  /** Resolves to the new membership, or null (error says why). */
  submit: () => Promise<Membership | null>;
  reset: () => void;
}

const initial = {
  agreed: false,
  communities: [],
  estates: [],
  communityId: null,
  estateId: null,
  building: null,
  unit: '',
  loading: false,
  error: null,
  submitting: false,
  joinKey: null,
};

export const useJoinStore = create<JoinState>()((set, get) => ({
  ...initial,
  setAgreed: (agreed) => set({ agreed }),
  loadCommunities: async () => {
    set({ loading: true, error: null });
    try {
      set({ communities: await fetchCommunities(), loading: false });
    } catch (e) {
      set({ loading: false, error: messageOf(e) });
    }
  },
  pickCommunity: async (communityId) => {
    set({ communityId, estates: [], estateId: null, building: null, loading: true, error: null });
    try {
      const estates = await fetchEstates(communityId);
      if (get().communityId === communityId) set({ estates, loading: false });
    } catch (e) {
      set({ loading: false, error: messageOf(e) });
    }
  },
  pickEstate: (estateId) => set({ estateId, building: null }),
  pickBuilding: (building) => set({ building }),
  setUnit: (unit) => set({ unit }),
  submit: async () => {
    const { communityId, estateId, building, unit, agreed, submitting } = get();
    if (submitting) return null;
    if (!agreed) return (set({ error: '请先阅读并同意隐私保护指引' }), null);
    if (!communityId || !estateId || !building || !unit.trim()) {
      return (set({ error: '请选好社区、小区、楼栋，并填写单元' }), null);
    }
    const key = get().joinKey ?? newRequestKey();
    set({ submitting: true, error: null, joinKey: key });
    try {
      const m = await joinCommunity({ communityId, estateId, building, unit: unit.trim() }, key);
      set({ submitting: false, joinKey: null });
      return m;
    } catch (e) {
      const keep = isCloudError(e) && e.code === NETWORK_FAILED;
      set({ submitting: false, error: messageOf(e), joinKey: keep ? key : null });
      return null;
    }
  },
  reset: () => set(initial),
}));
