/** 我的 → 使用邀请码, 切换社区, 我的数据 (subpackage account, and the switch on 我的). */
export { useAccountStore, normaliseInviteCode, INVITE_QR_PREFIX } from './stores/account-store';
export { CommunitySwitch } from './components/community-switch';
