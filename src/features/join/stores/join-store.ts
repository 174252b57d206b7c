import { create } from 'zustand';
import { isValidRoom, normalizeRoom, type CommunityBrief, type EstateBrief, type Membership } from '@linli/types';
import { storeTasks } from '@/lib/store-task';
import { fetchCommunities, fetchEstates, joinCommunity } from '../services/join.service';

interface JoinState {
  agreed: boolean;
  communities: CommunityBrief[];
  estates: EstateBrief[];
  communityId: string | null;
  estateId: string | null;
  building: string | null;
  unit: string;
  /** 门牌号, as typed. */
  room: string;
  loading: boolean;
  error: string | null;
  submitting: boolean;
  setAgreed: (v: boolean) => void;
  loadCommunities: () => Promise<void>;
  pickCommunity: (id: string) => Promise<void>;
  pickEstate: (id: string) => void;
  pickBuilding: (b: string) => void;
  setUnit: (u: string) => void;
  setRoom: (r: string) => void;
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
  room: '',
  loading: false,
  error: null,
  submitting: false,
};

export const useJoinStore = create<JoinState>()((set, get) => {
  const tasks = storeTasks(get, set);
  return {
    ...initial,
    setAgreed: (agreed) => set({ agreed }),
    loadCommunities: async () => {
      await tasks.fetch(
        () => fetchCommunities({}),
        (communities) => ({ communities }),
      );
    },
    pickCommunity: async (communityId) => {
      set({ communityId, estates: [], estateId: null, building: null });
      await tasks.load({
        busy: 'loading',
        error: 'error',
        run: () => fetchEstates({ communityId }),
        // Another community may have been picked meanwhile: its load is still running.
        done: (estates) => (get().communityId === communityId ? { estates } : { loading: true }),
      });
    },
    pickEstate: (estateId) => set({ estateId, building: null }),
    pickBuilding: (building) => set({ building }),
    setUnit: (unit) => set({ unit }),
    setRoom: (room) => set({ room }),
    submit: async () => {
      const { communityId, estateId, building, unit, room, agreed, submitting } = get();
      if (submitting) return null;
      if (!agreed) return (set({ error: '请先阅读并同意隐私保护指引' }), null);
      if (!communityId || !estateId || !building || !unit.trim() || !room.trim()) {
        return (set({ error: '请选好社区、小区、楼栋，并填写单元和门牌号' }), null);
      }
      if (!isValidRoom(room)) return (set({ error: '门牌号只填数字或字母，例如 302、1-302' }), null);
      const choice = { communityId, estateId, building, unit: unit.trim(), room: normalizeRoom(room) };
      const m = await tasks.act({
        busy: 'submitting',
        error: 'error',
        intent: 'join',
        input: choice,
        send: (o) => joinCommunity({ ...choice, acceptPrivacy: true }, o),
      });
      return m ?? null;
    },
    reset: tasks.reset(initial),
  };
});
