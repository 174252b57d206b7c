/** Dev-login pieces, kept out of index.ts so the main package does not carry them. */
export { useDevLoginStore } from './stores/dev-login-store';
export { DevPeople, groupByRole } from './components/dev-people';
