/**
 * Every status and kind value, once. The contract (zod), the schema (column type and CHECK) and the
 * domain all read these lists, so a value added or misspelt in one place breaks the build, not the data.
 */
export const EVENT_STATUSES = ['draft', 'published', 'finished', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** 民情诉求: where an appeal stands. `closed` carries one of APPEAL_ENDINGS; a reopen goes back to `accepted`. */
export const APPEAL_STATUSES = ['submitted', 'accepted', 'closed'] as const;
export type AppealStatus = (typeof APPEAL_STATUSES)[number];
export const APPEAL_STATUS_LABELS: Record<AppealStatus, string> = {
  submitted: '待受理',
  accepted: '办理中',
  closed: '已办结',
};

/** How an appeal reached the community; most arrive offline and are recorded by a grid worker or staff. */
export const APPEAL_CHANNELS = ['visit', 'mailbox', 'yard_meeting', 'phone', 'online'] as const;
export type AppealChannel = (typeof APPEAL_CHANNELS)[number];
export const APPEAL_CHANNEL_LABELS: Record<AppealChannel, string> = {
  visit: '入户走访',
  mailbox: '民情信箱',
  yard_meeting: '坝坝会',
  phone: '电话',
  online: '线上',
};

/** The three endings the articles count separately. */
export const APPEAL_ENDINGS = ['resolved', 'explained', 'refused'] as const;
export type AppealEnding = (typeof APPEAL_ENDINGS)[number];
export const APPEAL_ENDING_LABELS: Record<AppealEnding, string> = {
  resolved: '已解决',
  explained: '已解释',
  refused: '不受理',
};

/** The three lists staff sort appeals into (清单式管理、项目化推进). */
export const APPEAL_LISTS = ['needs', 'problems', 'projects'] as const;
export type AppealList = (typeof APPEAL_LISTS)[number];
export const APPEAL_LIST_LABELS: Record<AppealList, string> = {
  needs: '需求清单',
  problems: '问题清单',
  projects: '项目清单',
};

/** Kinds of entry on an appeal's append-only timeline. */
export const APPEAL_ENTRY_KINDS = [
  'submitted',
  'recorded',
  'accepted',
  'assigned',
  'reassigned',
  'progress',
  'closed',
  'rated',
  'reopened',
  'sorted',
  'linked',
  'unlinked',
  'overdue',
  'rerouted',
] as const;
export type AppealEntryKind = (typeof APPEAL_ENTRY_KINDS)[number];
export const APPEAL_ENTRY_LABELS: Record<AppealEntryKind, string> = {
  submitted: '提交诉求',
  recorded: '代为登记',
  accepted: '受理',
  assigned: '确定责任人',
  reassigned: '更换责任人',
  progress: '办理进展',
  closed: '办结',
  rated: '评价',
  reopened: '重新提出',
  sorted: '归入清单',
  linked: '关联项目',
  unlinked: '取消关联',
  overdue: '超时提醒',
  rerouted: '转网格',
};

/** What a 项目清单 appeal can be linked to: the fund expenses and events that carry it out. */
export const APPEAL_LINK_KINDS = ['expense', 'event'] as const;
export type AppealLinkKind = (typeof APPEAL_LINK_KINDS)[number];

/** Where a voice note's text came from: a speech service (production) or the local stand-in. */
export const TRANSCRIPT_SOURCES = ['asr', 'stand_in'] as const;
export type TranscriptSource = (typeof TRANSCRIPT_SOURCES)[number];
