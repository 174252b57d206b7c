export { useEventsListStore, sortUpcomingFirst } from './stores/events-list-store';
export { useEventDetailStore } from './stores/event-detail-store';
export { EventInfo } from './components/event-info';
export { SignupPanel, resultText } from './components/signup-panel';
export { CategoryFilter } from './components/category-filter';
