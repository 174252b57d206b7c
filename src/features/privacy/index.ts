export { installPrivacyHandler, ensurePrivacy, usePrivacyStore, AGREE_BUTTON_ID } from './privacy';
export { PrivacySheet } from './privacy-sheet';
