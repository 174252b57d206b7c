import './components/notices.css';

export { useInboxStore } from './stores/inbox-store';
export { useUnreadStore } from './stores/unread-store';
export { NoticeItem } from './components/notice-item';
export { FamilyCopies } from './components/family-copies';
