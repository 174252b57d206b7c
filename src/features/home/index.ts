export { useHomeStore } from './stores/home-store';
export { FundCard } from './components/fund-card';
export { StaffEntry } from './components/staff-entry';
export { QuickSignup } from './components/quick-signup';
export { featuredEvent } from './featured';
export { AnnouncementsCard } from './components/announcements-card';
