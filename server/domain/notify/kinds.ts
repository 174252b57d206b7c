/**
 * Which channel each notice kind may use besides the inbox (the channel of record).
 * - wechat: a subscription-message template exists and the app asks consent for it at the right tap;
 *   a send is queued only while the person has a consent of that kind left.
 * - sms: the notices that matter to an elder without WeChat (registered by proxy, imported with a phone).
 */
import type { NoticeKind } from '@linli/types';

export const WECHAT_KINDS: readonly NoticeKind[] = [
  'reminder',
  'promoted',
  'event_cancelled',
  'redemption_ready',
  'volunteer_decided',
  // 民情诉求: one template (LINLI_TMPL_APPEAL) serves the four; the resident is asked after submitting.
  'appeal_new',
  'appeal_assigned',
  'appeal_closed',
  'appeal_overdue',
];

export const SMS_KINDS: readonly NoticeKind[] = [
  'signup_confirmed',
  'promoted',
  'event_cancelled',
  'event_changed',
];

/** A real WeChat account can receive subscription messages; proxy-registered and deleted people cannot. */
export function hasWeChat(openid: string | null | undefined): boolean {
  return !!openid && !openid.startsWith('offline:') && !openid.startsWith('deleted:');
}
