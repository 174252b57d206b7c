import { createFetchStore } from '@/lib/fetch-store';
import { fetchHome } from '../services/home.service';

export const useHomeStore = createFetchStore(fetchHome);
