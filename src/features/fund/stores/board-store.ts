import { createFetchStore } from '@/lib/fetch-store';
import { fetchBoard } from '../services/fund.service';

export const useBoardStore = createFetchStore(fetchBoard);
