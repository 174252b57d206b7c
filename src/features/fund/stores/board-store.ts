import { create } from 'zustand';
import type { FundBoard } from '@linli/types';
import { messageOf } from '@/lib/cloud-error';
import { fetchBoard } from '../services/fund.service';

interface BoardState {
  board: FundBoard | null;
  loading: boolean;
  error: string | null;
  load: (communityId: string) => Promise<void>;
  reset: () => void;
}

const initial = { board: null, loading: false, error: null };

export const useBoardStore = create<BoardState>()((set) => ({
  ...initial,
  load: async (communityId) => {
    set({ loading: true, error: null });
    try {
      set({ board: await fetchBoard(communityId), loading: false });
    } catch (e) {
      set({ loading: false, error: messageOf(e) });
    }
  },
  reset: () => set(initial),
}));
