import { createFetchStore } from '@/lib/define-store';
import { fetchHome } from '../services/home.service';

export const useHomeStore = createFetchStore(fetchHome);
