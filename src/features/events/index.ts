export { useEventsListStore, sortUpcomingFirst } from './stores/events-list-store';
export { useEventDetailStore } from './stores/event-detail-store';
export { EventInfo } from './components/event-info';
export { SignupPanel } from './components/signup-panel';
export { MyRegistration, resultText } from './components/my-registration';
export { EventStatusNotice } from './components/event-status-notice';
export { VolunteerRoles } from './components/volunteer-roles';
export { CategoryFilter } from './components/category-filter';
