/**
 * 订阅消息 (one-time subscriptions): WeChat sends one message per accepted prompt, asked right at a
 * tap. We ask for the kinds that fit the tap (sign-up: reminder, promotion, cancellation; redemption:
 * ready; volunteer application: decided; a submitted appeal: its ending) and report each accepted one, so the server queues a WeChat
 * message only while one is left. Never in H5; a refusal never blocks what the person was doing.
 */
import Taro from '@tarojs/taro';
import type { NoticeKind } from '@linli/types';
import { call } from '@/lib/cloud';

const defined = (v: string | undefined) => (typeof v === 'string' ? v : '');

/** Template ids from the build (config/index.ts); '' = not configured, never asked. */
function templateOf(kind: NoticeKind): string {
  switch (kind) {
    case 'reminder':
      return defined(typeof LINLI_TMPL_REMINDER === 'undefined' ? undefined : LINLI_TMPL_REMINDER);
    case 'promoted':
      return defined(typeof LINLI_TMPL_PROMOTED === 'undefined' ? undefined : LINLI_TMPL_PROMOTED);
    case 'event_cancelled':
      return defined(typeof LINLI_TMPL_CANCELLED === 'undefined' ? undefined : LINLI_TMPL_CANCELLED);
    case 'redemption_ready':
      return defined(typeof LINLI_TMPL_REDEMPTION === 'undefined' ? undefined : LINLI_TMPL_REDEMPTION);
    case 'volunteer_decided':
      return defined(typeof LINLI_TMPL_VOLUNTEER === 'undefined' ? undefined : LINLI_TMPL_VOLUNTEER);
    case 'appeal_new':
    case 'appeal_assigned':
    case 'appeal_closed':
    case 'appeal_overdue':
      return defined(typeof LINLI_TMPL_APPEAL === 'undefined' ? undefined : LINLI_TMPL_APPEAL);
    default:
      return '';
  }
}

/** Asks for the kinds that have a template (WeChat allows 3 per prompt) and reports the accepted ones. */
export async function askConsent(communityId: string, kinds: NoticeKind[]): Promise<NoticeKind[]> {
  if (process.env.TARO_ENV !== 'weapp') return [];
  const asked = kinds
    .map((kind) => ({ kind, id: templateOf(kind) }))
    .filter((k) => k.id !== '')
    // Kinds sharing a template (the appeal notices) are one prompt, one message: ask and report the first only.
    .filter((k, i, all) => all.findIndex((x) => x.id === k.id) === i)
    .slice(0, 3);
  if (asked.length === 0) return [];
  try {
    const res = (await Taro.requestSubscribeMessage({
      tmplIds: asked.map((k) => k.id),
      entityIds: [],
    })) as unknown as Record<string, string>;
    const accepted = asked.filter((k) => res[k.id] === 'accept').map((k) => k.kind);
    if (accepted.length > 0) await call('notices', 'consent', { communityId, kinds: accepted });
    return accepted;
  } catch {
    return [];
  }
}
