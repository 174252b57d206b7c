/** 电脑登录 (issue 15): the PC's QR page (subpackage desk) and the phone's confirm / sign-out page (account). */
export { useDeskLoginStore, POLL_MS } from './stores/desk-login-store';
export { usePcSessionsStore, parsePcChallenge } from './stores/pc-sessions-store';
