import { action } from '@/lib/cloud';

export const fetchHome = action('community', 'home');
