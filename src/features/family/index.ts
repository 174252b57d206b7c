import './components/family.css';

export { useFamilyStore } from './stores/family-store';
export { useElderSignupsStore, signableEvents } from './stores/elder-signups-store';
export { FamilyCodeBox } from './components/family-code';
export { LinkForm } from './components/link-form';
export { PeopleList } from './components/people-list';
