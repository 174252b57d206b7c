import { action } from '@/lib/cloud';

export const fetchOverview = action('family', 'overview');
export const createCode = action('family', 'createCode');
export const linkByCode = action('family', 'link');
export const unlink = action('family', 'unlink');
export const fetchElderRegistrations = action('family', 'registrations');
export const fetchOpenEvents = action('events', 'list');
export const signupFor = action('family', 'signupFor');
