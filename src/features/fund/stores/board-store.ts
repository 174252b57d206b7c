import { create } from 'zustand';
import type { FundBoard } from '@linli/types';
import { storeTasks } from '@/lib/store-task';
import { fetchBoard } from '../services/fund.service';

interface BoardState {
  board: FundBoard | null;
  loading: boolean;
  error: string | null;
  load: (communityId: string) => Promise<void>;
  reset: () => void;
}

const initial = { board: null, loading: false, error: null };

export const useBoardStore = create<BoardState>()((set, get) => {
  const tasks = storeTasks(get, set);
  return {
    ...initial,
    load: async (communityId) => {
      await tasks.fetch(
        () => fetchBoard({ communityId }),
        (board) => ({ board }),
      );
    },
    reset: () => set(initial),
  };
});
