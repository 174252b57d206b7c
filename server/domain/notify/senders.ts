/**
 * How notices leave the system. In WeChat cloud: subscription messages (订阅消息) through
 * cloud.openapi.subscribeMessage.send, one template per kind, ids from the environment; SMS through
 * the provider in sms.ts. Locally: a log line, so a developer sees what residents would receive.
 */
import { APPEAL_NOTICE_WORDS } from './appeal-words';
import type { NoticeKind } from '@linli/types';
import { maskPhone } from '../shared/mask';
import type { OutgoingMessage, Sender } from './outbox';

/** The template ids chosen in the mini-program's admin (订阅消息 → 我的模板), per notice kind. */
export type TemplateIds = Partial<Record<NoticeKind, string>>;

/** The environment variable holding each kind's WeChat template id (docs/DEPLOY.md). */
export const TEMPLATE_ENV: Partial<Record<NoticeKind, string>> = {
  reminder: 'LINLI_TMPL_REMINDER',
  promoted: 'LINLI_TMPL_PROMOTED',
  event_cancelled: 'LINLI_TMPL_CANCELLED',
  redemption_ready: 'LINLI_TMPL_REDEMPTION',
  volunteer_decided: 'LINLI_TMPL_VOLUNTEER',
  // 民情诉求 notices share one 工单进度 template (事项 thing1, 时间 time2, 进度 thing3).
  appeal_new: 'LINLI_TMPL_APPEAL',
  appeal_assigned: 'LINLI_TMPL_APPEAL',
  appeal_closed: 'LINLI_TMPL_APPEAL',
  appeal_overdue: 'LINLI_TMPL_APPEAL',
};

export function templateIdsFromEnv(env: NodeJS.ProcessEnv = process.env): TemplateIds {
  return Object.fromEntries(
    Object.entries(TEMPLATE_ENV).map(([kind, name]) => [kind, env[name!] || undefined]),
  ) as TemplateIds;
}

/** WeChat limits: thing.DATA ≤ 20 characters, time.DATA a readable date-time. */
const thing = (s: unknown) => {
  const text = String(s ?? '').trim() || '—';
  return [...text].length > 20 ? [...text].slice(0, 19).join('') + '…' : text;
};

export function chinaTimeText(iso: unknown): string {
  const d = new Date(String(iso));
  if (Number.isNaN(d.getTime())) return '—';
  const s = new Date(d.getTime() + 8 * 3600_000).toISOString();
  return `${s.slice(0, 4)}年${s.slice(5, 7)}月${s.slice(8, 10)}日 ${s.slice(11, 16)}`;
}

/**
 * The message data for each kind, with the field names of the templates documented in
 * docs/DEPLOY.md (活动名称 thing1, 开始时间 time2, 说明 thing3).
 */
export function messageData(kind: NoticeKind, p: Record<string, unknown>): Record<string, { value: string }> {
  if (kind.startsWith('appeal_')) return appealMessageData(kind, p);
  const seats = Array.isArray(p.seatNos) ? (p.seatNos as number[]).join('、') : '';
  const notes: Record<Exclude<NoticeKind, `appeal_${string}`>, () => string> = {
    reminder: () => `地点：${p.place ?? ''}`,
    signup_confirmed: () => (seats ? `报名成功，座位 ${seats} 号` : '已进入候补'),
    promoted: () => `候补成功，座位 ${seats} 号`,
    event_cancelled: () => `活动取消：${p.reason ?? ''}`,
    event_changed: () => `活动变更，地点：${p.place ?? ''}`,
    redemption_ready: () => `到${p.merchantName ?? '商家'}领取，兑换码 ${p.code ?? ''}`,
    redemption_fulfilled: () => `已领取：${p.merchantName ?? ''}`,
    volunteer_decided: () => (p.approved ? '志愿者认证已通过' : `未通过：${p.note ?? ''}`),
    points_awarded: () => `获得 ${p.points ?? ''} 积分`,
    role_changed: () => (p.granted ? '社区身份已开通' : '社区身份已撤销'),
  };
  return {
    thing1: { value: thing(p.title) },
    time2: { value: chinaTimeText(p.startsAt ?? p.at) },
    thing3: { value: thing(notes[kind as keyof typeof notes]()) },
  };
}


/** 事项 (category · place), 时间 (deadline or close time), 进度 (what happened). */
function appealMessageData(kind: NoticeKind, p: Record<string, unknown>): Record<string, { value: string }> {
  return {
    thing1: { value: thing(`${p.categoryName ?? '诉求'} ${p.place ?? ''}`) },
    time2: { value: chinaTimeText(p.at) },
    thing3: { value: thing(APPEAL_NOTICE_WORDS[kind as keyof typeof APPEAL_NOTICE_WORDS]) },
  };
}

/** The page a message opens: the notice's own deep link, else the event it is about. */
export function pageOf(p: Record<string, unknown>): string {
  if (typeof p.link === 'string' && p.link) return p.link.replace(/^\//, '');
  return `pages/event/index?id=${encodeURIComponent(String(p.eventId ?? ''))}`;
}

export interface SubscribeMessageApi {
  send(opts: {
    touser: string;
    templateId: string;
    page: string;
    data: Record<string, { value: string }>;
    miniprogramState?: string;
  }): Promise<{ errCode?: number; errMsg?: string }>;
}

export function wechatSender(api: SubscribeMessageApi, templates: TemplateIds): Sender {
  return {
    async send(msg: OutgoingMessage) {
      const templateId = templates[msg.kind];
      if (!templateId) throw new Error(`no subscription template configured for ${msg.kind}`);
      const res = await api.send({
        touser: msg.openid,
        templateId,
        page: pageOf(msg.payload),
        data: messageData(msg.kind, msg.payload),
      });
      // openapi rejects with an error on failure; a reply carrying a non-zero errCode is one too.
      if (res && typeof res.errCode === 'number' && res.errCode !== 0)
        throw new Error(`subscribeMessage ${res.errCode}: ${res.errMsg}`);
    },
  };
}

export function logSender(log: (line: string) => void = console.log): Sender {
  return {
    async send(msg: OutgoingMessage) {
      const d = messageData(msg.kind, msg.payload);
      const to = msg.channel === 'sms' ? `[sms] ${maskPhone(msg.phone)}` : msg.openid;
      log(`[notice] ${msg.kind} → ${to}：${d.thing1.value} · ${d.time2.value} · ${d.thing3.value}`);
    },
  };
}

/** Routes each message to its channel's sender; a channel without one fails (and is retried, then recorded). */
export function channelSender(by: { wechat?: Sender; sms?: Sender }): Sender {
  return {
    async send(msg: OutgoingMessage) {
      const sender = by[msg.channel];
      if (!sender) throw new Error(`no sender configured for channel ${msg.channel}`);
      await sender.send(msg);
    },
  };
}

/**
 * Cloud Hosting's open-API service (开放接口服务): from inside the container, WeChat's HTTP API answers
 * without an access token.
 */
export function cloudHostingSubscribeApi(base = 'http://api.weixin.qq.com'): SubscribeMessageApi {
  return {
    async send(o) {
      const res = await fetch(`${base}/cgi-bin/message/subscribe/send`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ touser: o.touser, template_id: o.templateId, page: o.page, data: o.data }),
      });
      const body = (await res.json()) as { errcode?: number; errmsg?: string };
      return { errCode: body.errcode ?? (res.ok ? 0 : res.status), errMsg: body.errmsg ?? res.statusText };
    },
  };
}
