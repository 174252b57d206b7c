/**
 * How notices leave the system. In WeChat cloud: subscription messages (订阅消息) through
 * cloud.openapi.subscribeMessage.send, one template per kind, ids from the environment. Locally: a
 * log line, so a developer sees what residents would receive.
 */
import type { NoticeKind, OutgoingMessage, Sender } from './outbox';

/** The template ids chosen in the mini-program's admin (订阅消息 → 我的模板), per notice kind. */
export interface TemplateIds {
  reminder?: string;
  promoted?: string;
  event_cancelled?: string;
  appeal_new?: string;
  appeal_assigned?: string;
  appeal_closed?: string;
  appeal_overdue?: string;
}

export function templateIdsFromEnv(env: NodeJS.ProcessEnv = process.env): TemplateIds {
  return {
    reminder: env.LINLI_TMPL_REMINDER || undefined,
    promoted: env.LINLI_TMPL_PROMOTED || undefined,
    event_cancelled: env.LINLI_TMPL_CANCELLED || undefined,
    // 民情诉求 notices share one 工单进度 template (事项 thing1, 时间 time2, 进度 thing3).
    appeal_new: env.LINLI_TMPL_APPEAL || undefined,
    appeal_assigned: env.LINLI_TMPL_APPEAL || undefined,
    appeal_closed: env.LINLI_TMPL_APPEAL || undefined,
    appeal_overdue: env.LINLI_TMPL_APPEAL || undefined,
  };
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
  const note =
    kind === 'reminder'
      ? `地点：${p.place ?? ''}`
      : kind === 'promoted'
        ? `候补成功，座位 ${seats} 号`
        : `活动取消：${p.reason ?? ''}`;
  return {
    thing1: { value: thing(p.title) },
    time2: { value: chinaTimeText(p.startsAt) },
    thing3: { value: thing(note) },
  };
}

const APPEAL_NOTES: Record<string, string> = {
  appeal_new: '新的民情诉求，请及时受理',
  appeal_assigned: '您被确定为这条诉求的第一责任人',
  appeal_closed: '您的诉求已办结，欢迎评价',
  appeal_overdue: '诉求已超时，请尽快处理',
};

/** 事项 (category · place), 时间 (deadline or close time), 进度 (what happened). */
function appealMessageData(kind: NoticeKind, p: Record<string, unknown>): Record<string, { value: string }> {
  return {
    thing1: { value: thing(`${p.categoryName ?? '诉求'} ${p.place ?? ''}`) },
    time2: { value: chinaTimeText(p.at) },
    thing3: { value: thing(APPEAL_NOTES[kind]) },
  };
}

/** The page a notice opens: appeals open their detail page, events theirs. */
export function noticePage(msg: OutgoingMessage): string {
  if (typeof msg.payload.page === 'string') return msg.payload.page;
  return `pages/event/index?id=${encodeURIComponent(String(msg.payload.eventId ?? ''))}`;
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
        page: noticePage(msg),
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
      log(`[notice] ${msg.kind} → ${msg.openid}：${d.thing1.value} · ${d.time2.value} · ${d.thing3.value}`);
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
