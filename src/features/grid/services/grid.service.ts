import type { ActionInput } from '@linli/types';
import { action } from '@/lib/cloud';

export type ProxyInput = ActionInput<'events', 'proxySignup'>;

export const fetchOpenEvents = action('events', 'list');
export const fetchEventDetail = action('events', 'detail');
export const fetchEstates = action('community', 'estates');
export const proxySignup = action('events', 'proxySignup');
