import { action } from '@/lib/cloud';

export const fetchInbox = action('notices', 'list');
export const fetchUnread = action('notices', 'unread');
export const markRead = action('notices', 'markRead');
export const markAllRead = action('notices', 'markAllRead');
export const reportConsent = action('notices', 'consent');
export const fetchPreferences = action('notices', 'preferences');
export const setFamilyCopies = action('notices', 'familyCopies');
