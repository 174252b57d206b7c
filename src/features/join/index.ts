import './components/join.css';

export { useJoinStore } from './stores/join-store';
export { PrivacyTerms } from './components/privacy-terms';
export { HomePicker } from './components/home-picker';
