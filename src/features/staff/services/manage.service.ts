import type { ActionInput } from '@linli/types';
import { action } from '@/lib/cloud';

export type EventFieldsInput = Omit<ActionInput<'events', 'create'>, 'communityId'>;

export const fetchDetail = action('events', 'detail');
export const fetchEstates = action('community', 'estates');
export const createEvent = action('events', 'create');
export const updateEvent = action('events', 'update');
export const publishEvent = action('events', 'publish');
export const cancelEvent = action('events', 'cancel');
export const finishEvent = action('events', 'finish');
export const confirmAttendance = action('events', 'confirmAttendance');
export const exportRoster = action('events', 'exportRoster');
