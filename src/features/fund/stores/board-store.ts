import { createFetchStore } from '@/lib/define-store';
import { fetchBoard } from '../services/fund.service';

export const useBoardStore = createFetchStore(fetchBoard);
