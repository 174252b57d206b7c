/** The session feature's public face: the only cross-feature import allowed. */
export { useSessionStore, type ReadySession, type SessionStatus } from './stores/session-store';
export { installAuthHandler } from './auth-handler';
export { useCommunityPage } from './use-community-page';
export { useHasRole } from './use-has-role';
