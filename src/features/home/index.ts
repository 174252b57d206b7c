export { useHomeStore } from './stores/home-store';
export { FundCard } from './components/fund-card';
export { StaffEntry } from './components/staff-entry';
export { QuickSignup } from './components/quick-signup';
export { featuredEvent } from './featured';
export { SurveyCard } from './components/survey-card';
export { useSurveyEntryStore } from './stores/survey-entry-store';
export { AnnouncementsCard } from './components/announcements-card';
