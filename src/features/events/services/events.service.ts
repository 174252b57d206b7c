import { action } from '@/lib/cloud';

export const fetchEvents = action('events', 'list');
export const fetchEventDetail = action('events', 'detail');
export const signup = action('events', 'signup');
export const cancelRegistration = action('events', 'cancelRegistration');
export const volunteerSignup = action('events', 'volunteerSignup');
export const cancelShift = action('events', 'cancelShift');
