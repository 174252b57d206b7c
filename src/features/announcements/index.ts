export { useAnnouncementStore } from './stores/detail-store';
export { useManageAnnouncementsStore, type Draft } from './stores/manage-store';
