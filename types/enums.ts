/**
 * Every status and kind value, once. The contract (zod), the schema (column type and CHECK) and the
 * domain all read these lists, so a value added or misspelt in one place breaks the build, not the data.
 */
export const EVENT_STATUSES = ['draft', 'published', 'finished', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/**
 * Every kind of notice a person can receive (消息). Each lands in the inbox; WeChat and SMS are
 * best-effort channels on top (server/domain/notify/kinds.ts says which kind may use which).
 */
export const NOTICE_KINDS = [
  'reminder',
  'signup_confirmed',
  'promoted',
  'event_cancelled',
  'event_changed',
  'redemption_ready',
  'redemption_fulfilled',
  'volunteer_decided',
  'points_awarded',
  // 民情诉求: a new appeal for the grid, a named responsible person, an ending for the resident, a deadline passed.
  'appeal_new',
  'appeal_assigned',
  'appeal_closed',
  'appeal_overdue',
  // Issue 15: a role granted or revoked by the community's admin.
  'role_changed',
] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

/** Ways a notice leaves the system besides the inbox. */
export const NOTICE_CHANNELS = ['wechat', 'sms'] as const;
export type NoticeChannel = (typeof NOTICE_CHANNELS)[number];

export const OUTBOX_STATUSES = ['pending', 'sent', 'failed', 'cancelled'] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/** What an uploaded file is for; decides the accepted content and the size cap (server/domain/files/content.ts). */
export const FILE_PURPOSES = [
  'appeal_photo',
  'appeal_voice',
  'event_cover',
  'evidence',
  'item_photo',
  'survey_photo',
  'announcement_photo',
  /** The community office's resident sheet (.xlsx) for the bulk import. */
  'roster_sheet',
  'topic_photo',
] as const;
export type FilePurpose = (typeof FILE_PURPOSES)[number];

/** Content types the server accepts, each recognised by its magic bytes, never by a file name. */
export const FILE_MIMES = [
  'image/jpeg',
  'image/png',
  'audio/aac',
  'audio/mpeg',
  'audio/mp4',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
] as const;
export type FileMime = (typeof FILE_MIMES)[number];

export const EVENT_CATEGORIES = ['elderly', 'volunteer', 'culture', 'sports', 'children', 'governance'] as const;
export type EventCategory = (typeof EVENT_CATEGORIES)[number];

export const REGISTRATION_STATUSES = ['confirmed', 'waitlisted', 'cancelled'] as const;
export type RegistrationStatus = (typeof REGISTRATION_STATUSES)[number];
/** A registration that holds a seat or a place in the waiting list. */
export const ACTIVE_REGISTRATION_STATUSES = ['confirmed', 'waitlisted'] as const satisfies readonly RegistrationStatus[];
export type ActiveRegistrationStatus = (typeof ACTIVE_REGISTRATION_STATUSES)[number];

export const SHIFT_STATUSES = ['signed_up', 'cancelled'] as const;
export type ShiftStatus = (typeof SHIFT_STATUSES)[number];

export const APPLICATION_STATUSES = ['pending', 'approved', 'rejected'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const EXPENSE_STATUSES = ['pending', 'approved', 'rejected', 'paid'] as const;
export type ExpenseStatus = (typeof EXPENSE_STATUSES)[number];

export const APPROVAL_DECISIONS = ['approve', 'reject'] as const;
export type ApprovalDecision = (typeof APPROVAL_DECISIONS)[number];

export const REDEMPTION_STATUSES = ['reserved', 'fulfilled', 'cancelled'] as const;
export type RedemptionStatus = (typeof REDEMPTION_STATUSES)[number];

export const DONATION_SOURCES = ['merchant', 'resident', 'volunteer_fundraising', 'community_allocation'] as const;
export type DonationSource = (typeof DONATION_SOURCES)[number];

export const DONATION_FORMS = ['cash', 'in_kind'] as const;
export type DonationForm = (typeof DONATION_FORMS)[number];

/** Money (fen) and points never share an account. */
export const UNITS = ['fen', 'points'] as const;
export type Unit = (typeof UNITS)[number];

/** What an account is for (server/domain/ledger/accounts.ts); `resident` is a person's points. */
export const ACCOUNT_KINDS = [
  'fund',
  'donors',
  'in_kind',
  'merchant_payable',
  'expenses',
  'payouts',
  'issuance',
  'redeemed',
  'resident',
] as const;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];

/** Why a transfer happened: every transfer carries one. */
export const TRANSFER_CODES = [
  'attendance',
  'volunteer_hours',
  'manual_award',
  'manual_deduct',
  'redemption',
  'donation',
  'expense',
  'payout',
  'reversal',
] as const;
export type TransferCode = (typeof TRANSFER_CODES)[number];

/** Roles stored in member_roles: every member is a resident, so that one is never granted. */
export const GRANTED_ROLES = ['volunteer', 'grid_worker', 'staff', 'committee', 'merchant', 'admin'] as const;
export type GrantedRole = (typeof GRANTED_ROLES)[number];
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

/** 民心测评: the three answers a resident gives each target. */
export const SURVEY_CHOICES = ['satisfied', 'basic', 'dissatisfied'] as const;
export type SurveyChoice = (typeof SURVEY_CHOICES)[number];
export const SURVEY_CHOICE_LABELS: Record<SurveyChoice, string> = {
  satisfied: '满意',
  basic: '基本满意',
  dissatisfied: '不满意',
};

/** A 测评 round is open for ratings, then closed for good (results show only after closing). */
export const SURVEY_ROUND_STATUSES = ['open', 'closed'] as const;
export type SurveyRoundStatus = (typeof SURVEY_ROUND_STATUSES)[number];

/** What residents rate: a community cadre (a staff member) or a finished project. */
export const SURVEY_TARGET_KINDS = ['cadre', 'project'] as const;
export type SurveyTargetKind = (typeof SURVEY_TARGET_KINDS)[number];
export const SURVEY_TARGET_KIND_LABELS: Record<SurveyTargetKind, string> = {
  cadre: '社区干部',
  project: '完成项目',
};
/** Roles a one-time invite code can carry (issue 15): volunteers still apply and are approved by staff. */
export const INVITE_ROLES = ['admin', 'staff', 'grid_worker', 'committee', 'merchant'] as const satisfies readonly GrantedRole[];
export type InviteRole = (typeof INVITE_ROLES)[number];
/** 批量导入: what the import does with one row of the resident sheet. */
export const IMPORT_OUTCOMES = ['create', 'skip', 'reject'] as const;
export type ImportOutcome = (typeof IMPORT_OUTCOMES)[number];

/** Why a row is created, skipped or rejected (the dry run shows the label beside each row). */
export const IMPORT_REASONS = [
  'new',
  'already_registered',
  'missing_name',
  'bad_phone',
  'bad_birth_year',
  'unknown_estate',
  'unknown_building',
  'bad_room',
  'duplicate_in_sheet',
] as const;
export type ImportReason = (typeof IMPORT_REASONS)[number];
export const IMPORT_REASON_LABELS: Record<ImportReason, string> = {
  new: '新登记',
  already_registered: '已登记，跳过',
  missing_name: '缺少姓名',
  bad_phone: '手机号不是 11 位数字',
  bad_birth_year: '出生年份不对',
  unknown_estate: '本社区没有这个小区',
  unknown_building: '这个小区没有这个楼栋',
  bad_room: '门牌号缺失或无法识别',
  duplicate_in_sheet: '表格里重复',
};
/** 协商议事: a 议题 decided one vote per household, or a 评选 with one vote per resident (candidates as options). */
export const TOPIC_KINDS = ['deliberation', 'election'] as const;
export type TopicKind = (typeof TOPIC_KINDS)[number];

/** Where a topic came from: staff, a 民情 appeal, or a 项目清单 item (an appeal on the project list). */
export const TOPIC_SOURCES = ['staff', 'appeal', 'project'] as const;
export type TopicSource = (typeof TOPIC_SOURCES)[number];

/** A topic is open until it is closed (by staff, or by the timer / a read once its window has passed). */
export const TOPIC_STATUSES = ['open', 'closed'] as const;
export type TopicStatus = (typeof TOPIC_STATUSES)[number];

/** How a ballot was cast: in the app by a member, or a 纸质票 entered by a grid worker or staff. */
export const BALLOT_CHANNELS = ['online', 'paper'] as const;
export type BallotChannel = (typeof BALLOT_CHANNELS)[number];

/** What a topic's 决议 links to: the fund expenses and events that carry it out. */
export const TOPIC_LINK_KINDS = ['expense', 'event'] as const;
export type TopicLinkKind = (typeof TOPIC_LINK_KINDS)[number];
