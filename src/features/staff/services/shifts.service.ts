import { action } from '@/lib/cloud';

export const fetchShifts = action('events', 'shifts');
export const shiftCheckIn = action('events', 'shiftCheckIn');
export const shiftCheckOut = action('events', 'shiftCheckOut');
export const adjustShift = action('events', 'adjustShift');
