/**
 * One schema for PGlite and PostgreSQL. `community_id` leads every community-scoped key so tables
 * can later be distributed by community. Rules are enforced here too (CHECK, UNIQUE, FK), not only in code.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import {
  ACCOUNT_KINDS,
  APPEAL_CHANNELS,
  APPEAL_ENDINGS,
  APPEAL_ENTRY_KINDS,
  APPEAL_LINK_KINDS,
  APPEAL_LISTS,
  APPEAL_STATUSES,
  APPLICATION_STATUSES,
  APPROVAL_DECISIONS,
  BALLOT_CHANNELS,
  DONATION_FORMS,
  DONATION_SOURCES,
  EVENT_CATEGORIES,
  EVENT_STATUSES,
  EXPENSE_STATUSES,
  FILE_MIMES,
  FILE_PURPOSES,
  GRANTED_ROLES,
  INVITE_ROLES,
  NOTICE_CHANNELS,
  NOTICE_KINDS,
  OUTBOX_STATUSES,
  REDEMPTION_STATUSES,
  REGISTRATION_STATUSES,
  SHIFT_STATUSES,
  SURVEY_CHOICES,
  SURVEY_ROUND_STATUSES,
  SURVEY_TARGET_KINDS,
  TOPIC_KINDS,
  TOPIC_LINK_KINDS,
  TOPIC_SOURCES,
  TOPIC_STATUSES,
  TRANSCRIPT_SOURCES,
  TRANSFER_CODES,
  UNITS,
} from '../../types/enums';
import { oneOf } from './checks';

const ts = (name: string) => timestamp(name, { withTimezone: true, mode: 'date' });
const uuidText = () =>
  text('id')
    .notNull()
    .default(sql`gen_random_uuid()::text`);

export const communities = pgTable('communities', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  district: text('district').notNull(),
  street: text('street').notNull(),
  /** How many fen one point is worth when redeemed. */
  pointValueFen: integer('point_value_fen').notNull().default(10),
  /** Expenses at or above this amount need committee approval. */
  approvalThresholdFen: bigint('approval_threshold_fen', { mode: 'number' }).notNull().default(50000),
  approvalsRequired: integer('approvals_required').notNull().default(2),
  createdAt: ts('created_at').notNull().defaultNow(),
});

export const estates = pgTable(
  'estates',
  {
    communityId: text('community_id')
      .notNull()
      .references(() => communities.id),
    id: text('id').notNull(),
    name: text('name').notNull(),
    buildings: jsonb('buildings').$type<string[]>().notNull().default([]),
  },
  (t) => [primaryKey({ columns: [t.communityId, t.id] })],
);

/**
 * 户 (household): estate + building + unit + room. Members of one household share its row; one-vote-per-household
 * rules key on it. Rows are never deleted (a vote may point at one); an empty flat is simply a household with no members.
 */
export const households = pgTable(
  'households',
  {
    communityId: text('community_id')
      .notNull()
      .references(() => communities.id),
    id: uuidText(),
    estateId: text('estate_id').notNull(),
    building: text('building').notNull(),
    /** '' when the building has no units. */
    unit: text('unit').notNull().default(''),
    room: text('room').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    uniqueIndex('households_address_uq').on(t.communityId, t.estateId, t.building, t.unit, t.room),
    foreignKey({ columns: [t.communityId, t.estateId], foreignColumns: [estates.communityId, estates.id] }),
    check('households_room_ck', sql`${t.room} <> ''`),
  ],
);

export const users = pgTable(
  'users',
  {
    id: uuidText().primaryKey(),
    openid: text('openid').notNull(),
    nickname: text('nickname').notNull(),
    name: text('name'),
    phone: text('phone'),
    birthYear: integer('birth_year'),
    /** True for elders signed up by a grid worker who have no WeChat of their own yet. */
    offline: boolean('offline').notNull().default(false),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('users_openid_uq').on(t.openid)],
);

export const members = pgTable(
  'members',
  {
    communityId: text('community_id')
      .notNull()
      .references(() => communities.id),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    estateId: text('estate_id'),
    building: text('building'),
    unit: text('unit'),
    /** 门牌号 as the resident gave it, normalised (types/households.ts). */
    room: text('room'),
    /** 户: set when the address is complete (estate + building + unit + room). */
    householdId: text('household_id'),
    privacyAcceptedAt: ts('privacy_accepted_at'),
    joinedAt: ts('joined_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.userId] }),
    index('members_user_idx').on(t.userId),
    foreignKey({ columns: [t.communityId, t.estateId], foreignColumns: [estates.communityId, estates.id] }),
    foreignKey({ columns: [t.communityId, t.householdId], foreignColumns: [households.communityId, households.id] }),
    index('members_household_idx').on(t.communityId, t.householdId),
  ],
);

export const memberRoles = pgTable(
  'member_roles',
  {
    communityId: text('community_id').notNull(),
    userId: text('user_id').notNull(),
    role: text('role', { enum: GRANTED_ROLES }).notNull(),
    grantedBy: text('granted_by'),
    grantedAt: ts('granted_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.userId, t.role] }),
    foreignKey({ columns: [t.communityId, t.userId], foreignColumns: [members.communityId, members.userId] }),
    check('member_roles_role_ck', oneOf(t.role, GRANTED_ROLES)),
  ],
);

export const events = pgTable(
  'events',
  {
    communityId: text('community_id')
      .notNull()
      .references(() => communities.id),
    id: uuidText(),
    title: text('title').notNull(),
    body: text('body').notNull().default(''),
    category: text('category', { enum: EVENT_CATEGORIES }).notNull(),
    place: text('place').notNull(),
    coverUrl: text('cover_url'),
    startsAt: ts('starts_at').notNull(),
    endsAt: ts('ends_at').notNull(),
    signupOpensAt: ts('signup_opens_at').notNull(),
    signupClosesAt: ts('signup_closes_at').notNull(),
    cancelDeadline: ts('cancel_deadline').notNull(),
    capacity: integer('capacity').notNull(),
    waitlistEnabled: boolean('waitlist_enabled').notNull().default(true),
    maxPartySize: integer('max_party_size').notNull().default(1),
    minAge: integer('min_age'),
    estateIds: jsonb('estate_ids').$type<string[]>().notNull().default([]),
    attendancePoints: integer('attendance_points').notNull().default(0),
    status: text('status', { enum: EVENT_STATUSES }).notNull().default('draft'),
    /** Hot counters: changed only by guarded UPDATE … RETURNING. */
    seatsTaken: integer('seats_taken').notNull().default(0),
    waitlistSeq: integer('waitlist_seq').notNull().default(0),
    /**
     * Waiting-list entries that left it (promoted or cancelled). A new entry's position is then
     * waitlist_seq − waitlist_left, read under the event lock: no count over the people waiting.
     */
    waitlistLeft: integer('waitlist_left').notNull().default(0),
    /** Highest seat number ever handed out; freed seats are reused from event_free_seats first. */
    seatHwm: integer('seat_hwm').notNull().default(0),
    /** Hours before start that the reminder (订阅消息) goes out. */
    reminderHours: integer('reminder_hours').notNull().default(24),
    cancelReason: text('cancel_reason'),
    createdBy: text('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    index('events_starts_idx').on(t.communityId, t.status, t.startsAt),
    check('events_capacity_ck', sql`${t.capacity} > 0 and ${t.seatsTaken} between 0 and ${t.capacity} and ${t.seatHwm} <= ${t.capacity}`),
    check('events_status_ck', oneOf(t.status, EVENT_STATUSES)),
    check('events_party_ck', sql`${t.maxPartySize} between 1 and 10`),
    check('events_times_ck', sql`${t.endsAt} > ${t.startsAt} and ${t.signupClosesAt} > ${t.signupOpensAt}`),
  ],
);

export const registrations = pgTable(
  'registrations',
  {
    communityId: text('community_id').notNull(),
    id: uuidText(),
    eventId: text('event_id').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    partySize: integer('party_size').notNull(),
    status: text('status', { enum: REGISTRATION_STATUSES }).notNull(),
    seatNo: integer('seat_no'),
    /** Every seat the party holds (seat_no is the first). */
    seatNos: jsonb('seat_nos').$type<number[]>().notNull().default([]),
    /** Order in the waiting list; the shown position is the rank among those still waiting. */
    waitlistSeq: integer('waitlist_seq'),
    proxyBy: text('proxy_by').references(() => users.id),
    /** Consent to a reminder (订阅消息) given at sign-up. */
    remind: boolean('remind').notNull().default(false),
    checkedInAt: ts('checked_in_at'),
    checkedInBy: text('checked_in_by').references(() => users.id),
    /** Set once when staff confirm attendance after the event. */
    attendanceConfirmedAt: ts('attendance_confirmed_at'),
    attended: boolean('attended'),
    cancelledAt: ts('cancelled_at'),
    cancelledBy: text('cancelled_by').references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    foreignKey({ columns: [t.communityId, t.eventId], foreignColumns: [events.communityId, events.id] }),
    uniqueIndex('registrations_active_uq')
      .on(t.communityId, t.eventId, t.userId)
      .where(sql`${t.status} <> 'cancelled'`),
    uniqueIndex('registrations_seat_uq')
      .on(t.communityId, t.eventId, t.seatNo)
      .where(sql`${t.status} = 'confirmed'`),
    index('registrations_user_idx').on(t.communityId, t.userId),
    index('registrations_waitlist_idx').on(t.communityId, t.eventId, t.status, t.waitlistSeq),
    check('registrations_status_ck', oneOf(t.status, REGISTRATION_STATUSES)),
    check('registrations_party_ck', sql`${t.partySize} between 1 and 10`),
    check('registrations_checkin_ck', sql`${t.checkedInAt} is null or ${t.status} = 'confirmed'`),
  ],
);

/** Seat numbers given back by cancellations, handed out again before new ones. */
export const eventFreeSeats = pgTable(
  'event_free_seats',
  {
    communityId: text('community_id').notNull(),
    eventId: text('event_id').notNull(),
    seatNo: integer('seat_no').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.eventId, t.seatNo] }),
    foreignKey({ columns: [t.communityId, t.eventId], foreignColumns: [events.communityId, events.id] }),
  ],
);

/** Volunteer roles of an event (引导, 搀扶, 分餐 …) with their own quotas and points per hour. */
export const eventRoles = pgTable(
  'event_roles',
  {
    communityId: text('community_id').notNull(),
    eventId: text('event_id').notNull(),
    id: text('id').notNull(),
    name: text('name').notNull(),
    quota: integer('quota').notNull(),
    taken: integer('taken').notNull().default(0),
    pointsPerHour: integer('points_per_hour').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.eventId, t.id] }),
    foreignKey({ columns: [t.communityId, t.eventId], foreignColumns: [events.communityId, events.id] }),
    check('event_roles_quota_ck', sql`${t.quota} > 0 and ${t.taken} between 0 and ${t.quota} and ${t.pointsPerHour} >= 0`),
  ],
);

/** A volunteer's shift in one role: check-in/out give the hours; staff may adjust before confirming. */
export const volunteerShifts = pgTable(
  'volunteer_shifts',
  {
    communityId: text('community_id').notNull(),
    id: uuidText(),
    eventId: text('event_id').notNull(),
    roleId: text('role_id').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    status: text('status', { enum: SHIFT_STATUSES }).notNull().default('signed_up'),
    checkedInAt: ts('checked_in_at'),
    checkedOutAt: ts('checked_out_at'),
    /** Staff's correction of the measured minutes, before confirmation. */
    minutesAdjusted: integer('minutes_adjusted'),
    confirmedMinutes: integer('confirmed_minutes'),
    confirmedAt: ts('confirmed_at'),
    confirmedBy: text('confirmed_by').references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    foreignKey({
      columns: [t.communityId, t.eventId, t.roleId],
      foreignColumns: [eventRoles.communityId, eventRoles.eventId, eventRoles.id],
    }),
    uniqueIndex('volunteer_shifts_active_uq')
      .on(t.communityId, t.eventId, t.userId)
      .where(sql`${t.status} <> 'cancelled'`),
    check('volunteer_shifts_status_ck', oneOf(t.status, SHIFT_STATUSES)),
    check('volunteer_shifts_minutes_ck', sql`coalesce(${t.minutesAdjusted}, 0) between 0 and 1440`),
  ],
);

/** Elders signed up by a grid worker; the code on the printed slip lets them claim it in WeChat later. */
export const proxyClaims = pgTable(
  'proxy_claims',
  {
    communityId: text('community_id').notNull(),
    code: text('code').notNull(),
    offlineUserId: text('offline_user_id')
      .notNull()
      .references(() => users.id),
    createdBy: text('created_by')
      .notNull()
      .references(() => users.id),
    claimedBy: text('claimed_by').references(() => users.id),
    claimedAt: ts('claimed_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.communityId, t.code] }), uniqueIndex('proxy_claims_user_uq').on(t.offlineUserId)],
);

/** Server-side secrets shared by every host of the functions (QR signing key). */
export const secrets = pgTable('secrets', {
  name: text('name').primaryKey(),
  value: text('value').notNull(),
});

/** Ledger accounts, one row per (community, account); balances materialized, guarded by CHECK. */
export const accounts = pgTable(
  'accounts',
  {
    communityId: text('community_id')
      .notNull()
      .references(() => communities.id),
    id: text('id').notNull(),
    unit: text('unit', { enum: UNITS }).notNull(),
    kind: text('kind', { enum: ACCOUNT_KINDS }).notNull(),
    ownerUserId: text('owner_user_id').references(() => users.id),
    balance: bigint('balance', { mode: 'number' }).notNull().default(0),
    mayGoNegative: boolean('may_go_negative').notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    check('accounts_unit_ck', oneOf(t.unit, UNITS)),
    check('accounts_nonneg_ck', sql`${t.mayGoNegative} or ${t.balance} >= 0`),
  ],
);

/** Append-only double-entry transfers. Corrections are new reversing transfers. */
export const transfers = pgTable(
  'transfers',
  {
    communityId: text('community_id').notNull(),
    id: uuidText(),
    idempotencyKey: text('idempotency_key').notNull(),
    unit: text('unit', { enum: UNITS }).notNull(),
    fromAccount: text('from_account').notNull(),
    toAccount: text('to_account').notNull(),
    amount: bigint('amount', { mode: 'number' }).notNull(),
    code: text('code', { enum: TRANSFER_CODES }).notNull(),
    refType: text('ref_type'),
    refId: text('ref_id'),
    actorUserId: text('actor_user_id').references(() => users.id),
    memo: text('memo').notNull().default(''),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    uniqueIndex('transfers_idem_uq').on(t.communityId, t.idempotencyKey),
    index('transfers_from_idx').on(t.communityId, t.fromAccount),
    index('transfers_to_idx').on(t.communityId, t.toAccount),
    foreignKey({ columns: [t.communityId, t.fromAccount], foreignColumns: [accounts.communityId, accounts.id] }),
    foreignKey({ columns: [t.communityId, t.toAccount], foreignColumns: [accounts.communityId, accounts.id] }),
    check('transfers_amount_ck', sql`${t.amount} > 0`),
    check('transfers_distinct_ck', sql`${t.fromAccount} <> ${t.toAccount}`),
    check('transfers_code_ck', oneOf(t.code, TRANSFER_CODES)),
  ],
);

/** Partner shops and their catalog for the points shop (积分超市). */
export const shopItems = pgTable(
  'shop_items',
  {
    communityId: text('community_id')
      .notNull()
      .references(() => communities.id),
    id: uuidText(),
    merchantUserId: text('merchant_user_id').references(() => users.id),
    merchantName: text('merchant_name').notNull(),
    title: text('title').notNull(),
    pointsPrice: integer('points_price').notNull(),
    costFen: integer('cost_fen').notNull(),
    stock: integer('stock').notNull(),
    photoUrl: text('photo_url'),
    active: boolean('active').notNull().default(true),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    check('shop_items_stock_ck', sql`${t.stock} >= 0 and ${t.pointsPrice} > 0 and ${t.costFen} >= 0`),
  ],
);

/**
 * Idempotency for every mutating action: the first request with a key stores its reply in the
 * same transaction as its effects; a retry with the key gets that reply back.
 */
export const requestKeys = pgTable(
  'request_keys',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    key: text('key').notNull(),
    fn: text('fn').notNull(),
    action: text('action').notNull(),
    reply: jsonb('reply'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] })],
);

/**
 * 消息: every notice to a person, written in the same transaction as its cause; the channel of record.
 * A scheduled notice (a reminder) is written at once and shown from `visible_at`.
 */
export const inbox = pgTable(
  'inbox',
  {
    communityId: text('community_id').notNull(),
    id: uuidText(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    kind: text('kind', { enum: NOTICE_KINDS }).notNull(),
    title: text('title').notNull(),
    body: text('body').notNull().default(''),
    /** Page path in the app the notice is about (may be empty). */
    link: text('link').notNull().default(''),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull().default({}),
    dedupeKey: text('dedupe_key').notNull(),
    visibleAt: ts('visible_at').notNull().defaultNow(),
    createdAt: ts('created_at').notNull().defaultNow(),
    readAt: ts('read_at'),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    uniqueIndex('inbox_dedupe_uq').on(t.communityId, t.userId, t.dedupeKey),
    index('inbox_user_idx').on(t.communityId, t.userId, t.visibleAt),
    check('inbox_kind_ck', oneOf(t.kind, NOTICE_KINDS)),
  ],
);

/**
 * Notices to send on a channel (WeChat subscription message, SMS), written with their inbox row;
 * sent later by the timer, at least once, at most one row per notice and channel.
 */
export const outbox = pgTable(
  'outbox',
  {
    communityId: text('community_id').notNull(),
    id: uuidText(),
    kind: text('kind', { enum: NOTICE_KINDS }).notNull(),
    channel: text('channel', { enum: NOTICE_CHANNELS }).notNull().default('wechat'),
    /** The inbox row this send is a copy of. */
    noticeId: text('notice_id'),
    userId: text('user_id').references(() => users.id),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    dedupeKey: text('dedupe_key').notNull(),
    status: text('status', { enum: OUTBOX_STATUSES }).notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    sendAfter: ts('send_after').notNull().defaultNow(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    uniqueIndex('outbox_dedupe_uq').on(t.communityId, t.dedupeKey, t.channel),
    uniqueIndex('outbox_notice_uq').on(t.communityId, t.noticeId, t.channel),
    check('outbox_status_ck', oneOf(t.status, OUTBOX_STATUSES)),
    check('outbox_channel_ck', oneOf(t.channel, NOTICE_CHANNELS)),
    index('outbox_due_idx').on(t.status, t.sendAfter),
  ],
);

/**
 * WeChat one-time subscriptions (一次性订阅): each accepted prompt allows one message of that kind.
 * Spent by a guarded UPDATE … WHERE remaining > 0 when a notice is queued.
 */
export const noticeConsents = pgTable(
  'notice_consents',
  {
    communityId: text('community_id').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    kind: text('kind', { enum: NOTICE_KINDS }).notNull(),
    remaining: integer('remaining').notNull().default(0),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.userId, t.kind] }),
    check('notice_consents_kind_ck', oneOf(t.kind, NOTICE_KINDS)),
    check('notice_consents_remaining_ck', sql`${t.remaining} between 0 and 1000`),
  ],
);

/** Phone numbers that asked for no SMS (回复 TD, or told their grid worker). Keyed by the number. */
export const smsOptOuts = pgTable('sms_opt_outs', {
  phone: text('phone').primaryKey(),
  communityId: text('community_id').notNull(),
  setBy: text('set_by').references(() => users.id),
  createdAt: ts('created_at').notNull().defaultNow(),
});

/** SMS sent per number per day (China date), taken by a guarded upsert before each send. */
export const smsDaily = pgTable(
  'sms_daily',
  {
    phone: text('phone').notNull(),
    day: text('day').notNull(),
    sent: integer('sent').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.phone, t.day] }), check('sms_daily_sent_ck', sql`${t.sent} >= 0`)],
);

/** 志愿者认证: real name and phone, reviewed by staff; approval grants the volunteer role. */
export const volunteerApplications = pgTable(
  'volunteer_applications',
  {
    communityId: text('community_id').notNull(),
    id: uuidText(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    realName: text('real_name').notNull(),
    phone: text('phone').notNull(),
    status: text('status', { enum: APPLICATION_STATUSES }).notNull().default('pending'),
    reviewedBy: text('reviewed_by').references(() => users.id),
    reviewedAt: ts('reviewed_at'),
    note: text('note'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    uniqueIndex('volunteer_applications_pending_uq')
      .on(t.communityId, t.userId)
      .where(sql`${t.status} = 'pending'`),
    check('volunteer_applications_status_ck', oneOf(t.status, APPLICATION_STATUSES)),
  ],
);

/** Who did what, when, with what before/after: every privileged action (staff, committee, admin, grid). */
export const auditLog = pgTable(
  'audit_log',
  {
    communityId: text('community_id').notNull(),
    id: uuidText(),
    actorUserId: text('actor_user_id')
      .notNull()
      .references(() => users.id),
    action: text('action').notNull(),
    targetType: text('target_type'),
    targetId: text('target_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.communityId, t.id] }), index('audit_log_time_idx').on(t.communityId, t.createdAt)],
);

/**
 * 通知公告: what staff post for everyone in the community. Shown on 首页 while unexpired, pinned first.
 * Edits are not offered: a correction is a new announcement and the old one withdrawn (withdrawn_at).
 */
export const announcements = pgTable(
  'announcements',
  {
    communityId: text('community_id')
      .notNull()
      .references(() => communities.id),
    id: uuidText(),
    title: text('title').notNull(),
    words: text('words').notNull(),
    pinned: boolean('pinned').notNull().default(false),
    expiresAt: ts('expires_at'),
    createdBy: text('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
    withdrawnAt: ts('withdrawn_at'),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    index('announcements_current_idx').on(t.communityId, t.pinned, t.createdAt),
    check('announcements_expiry_ck', sql`${t.expiresAt} is null or ${t.expiresAt} > ${t.createdAt}`),
  ],
);

/** One row per member who opened an announcement: the read count staff see. */
export const announcementReads = pgTable(
  'announcement_reads',
  {
    communityId: text('community_id').notNull(),
    announcementId: text('announcement_id').notNull(),
    userId: text('user_id').notNull(),
    readAt: ts('read_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.announcementId, t.userId] }),
    foreignKey({ columns: [t.communityId, t.announcementId], foreignColumns: [announcements.communityId, announcements.id] }),
    foreignKey({ columns: [t.communityId, t.userId], foreignColumns: [members.communityId, members.userId] }),
  ],
);

/** The latest results of the ledger invariant check, shown on the public board. */
export const invariantRuns = pgTable(
  'invariant_runs',
  {
    communityId: text('community_id').notNull(),
    id: uuidText(),
    ok: boolean('ok').notNull(),
    report: jsonb('report').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.communityId, t.id] }), index('invariant_runs_time_idx').on(t.communityId, t.createdAt)],
);

/** Money and goods given to the micro-fund. Cash moves donors → fund; goods are valued donors → in_kind. */
export const donations = pgTable(
  'donations',
  {
    communityId: text('community_id').notNull(),
    id: uuidText(),
    source: text('source', { enum: DONATION_SOURCES }).notNull(),
    form: text('form', { enum: DONATION_FORMS }).notNull(),
    donorName: text('donor_name').notNull(),
    /** Shown by name on the public board only with the donor's consent. */
    publicConsent: boolean('public_consent').notNull().default(false),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    itemsDesc: text('items_desc'),
    evidenceUrl: text('evidence_url'),
    recordedBy: text('recorded_by')
      .notNull()
      .references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    check('donations_source_ck', oneOf(t.source, DONATION_SOURCES)),
    check('donations_form_ck', oneOf(t.form, DONATION_FORMS)),
    check('donations_amount_ck', sql`${t.amountFen} > 0`),
  ],
);

/** Spending requested by staff, approved N-of-M by the committee (never by the requester), then paid. */
export const expenses = pgTable(
  'expenses',
  {
    communityId: text('community_id').notNull(),
    id: uuidText(),
    amountFen: bigint('amount_fen', { mode: 'number' }).notNull(),
    purpose: text('purpose').notNull(),
    eventId: text('event_id'),
    evidenceUrl: text('evidence_url'),
    status: text('status', { enum: EXPENSE_STATUSES }).notNull().default('pending'),
    approvalsRequired: integer('approvals_required').notNull(),
    requestedBy: text('requested_by')
      .notNull()
      .references(() => users.id),
    paidBy: text('paid_by').references(() => users.id),
    paidAt: ts('paid_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    check('expenses_status_ck', oneOf(t.status, EXPENSE_STATUSES)),
    check('expenses_amount_ck', sql`${t.amountFen} > 0 and ${t.approvalsRequired} >= 0`),
  ],
);

export const expenseApprovals = pgTable(
  'expense_approvals',
  {
    communityId: text('community_id').notNull(),
    expenseId: text('expense_id').notNull(),
    approverUserId: text('approver_user_id')
      .notNull()
      .references(() => users.id),
    decision: text('decision', { enum: APPROVAL_DECISIONS }).notNull(),
    note: text('note'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.expenseId, t.approverUserId] }),
    foreignKey({ columns: [t.communityId, t.expenseId], foreignColumns: [expenses.communityId, expenses.id] }),
    check('expense_approvals_decision_ck', oneOf(t.decision, APPROVAL_DECISIONS)),
  ],
);

/** 积分超市 redemptions: points debited, stock reserved and fund money committed together. */
export const redemptions = pgTable(
  'redemptions',
  {
    communityId: text('community_id').notNull(),
    id: uuidText(),
    itemId: text('item_id').notNull(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    merchantUserId: text('merchant_user_id').references(() => users.id),
    points: integer('points').notNull(),
    costFen: integer('cost_fen').notNull(),
    code: text('code').notNull(),
    status: text('status', { enum: REDEMPTION_STATUSES }).notNull().default('reserved'),
    fulfilledBy: text('fulfilled_by').references(() => users.id),
    fulfilledAt: ts('fulfilled_at'),
    cancelledAt: ts('cancelled_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    uniqueIndex('redemptions_code_uq').on(t.communityId, t.code),
    index('redemptions_user_idx').on(t.communityId, t.userId),
    foreignKey({ columns: [t.communityId, t.itemId], foreignColumns: [shopItems.communityId, shopItems.id] }),
    check('redemptions_status_ck', oneOf(t.status, REDEMPTION_STATUSES)),
  ],
);

/**
 * 家人代办: a short-lived one-use code the elder shares with a relative. Whoever creates the code is
 * the one to be helped; whoever enters it becomes their helper.
 */
export const familyCodes = pgTable(
  'family_codes',
  {
    communityId: text('community_id')
      .notNull()
      .references(() => communities.id),
    code: text('code').notNull(),
    elderId: text('elder_id')
      .notNull()
      .references(() => users.id),
    expiresAt: ts('expires_at').notNull(),
    usedBy: text('used_by').references(() => users.id),
    usedAt: ts('used_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.code] }),
    index('family_codes_elder_idx').on(t.communityId, t.elderId),
    // Eight digits; six-digit codes issued before the change live out their last ten minutes.
    check('family_codes_code_ck', sql`${t.code} ~ '^([0-9]{8}|[0-9]{6})$'`),
  ],
);

/**
 * Every wrong (or already used) family code typed, for the guessing budget: per person and per
 * community in a window. Written in the refused request's own transaction (it commits, see
 * `refuseAndKeep`), so concurrent guesses queued on the community's lock all see it.
 */
export const familyWrongCodes = pgTable(
  'family_wrong_codes',
  {
    communityId: text('community_id')
      .notNull()
      .references(() => communities.id),
    id: uuidText(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    at: ts('at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.communityId, t.id] }), index('family_wrong_codes_at_idx').on(t.communityId, t.at)],
);

/** A relative who may sign up for an elder and see the elder's registrations, per community. */
export const familyLinks = pgTable(
  'family_links',
  {
    communityId: text('community_id')
      .notNull()
      .references(() => communities.id),
    id: uuidText(),
    elderId: text('elder_id')
      .notNull()
      .references(() => users.id),
    helperId: text('helper_id')
      .notNull()
      .references(() => users.id),
    /** Set by the relative: copies of the elder's notices go to the relative's inbox too. */
    copyNotices: boolean('copy_notices').notNull().default(false),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    uniqueIndex('family_links_pair_uq').on(t.communityId, t.elderId, t.helperId),
    index('family_links_helper_idx').on(t.communityId, t.helperId),
    check('family_links_not_self_ck', sql`${t.elderId} <> ${t.helperId}`),
  ],
);

/**
 * An uploaded file (photo, voice note), checked by content before the row exists. It belongs to the
 * one who uploaded it until a record claims it: `attached_to_*` is set once (guarded UPDATE) and
 * never moves. The bytes live in storage under `storage_key` (a data-folder path or a cloud fileID),
 * never at a guessable address.
 */
export const files = pgTable(
  'files',
  {
    communityId: text('community_id')
      .notNull()
      .references(() => communities.id),
    id: uuidText(),
    ownerId: text('owner_id')
      .notNull()
      .references(() => users.id),
    purpose: text('purpose', { enum: FILE_PURPOSES }).notNull(),
    mime: text('mime', { enum: FILE_MIMES }).notNull(),
    bytes: integer('bytes').notNull(),
    /** Voice notes: the length read from the frames where the format allows, else as sent by the app. */
    durationMs: integer('duration_ms'),
    storageKey: text('storage_key').notNull(),
    attachedToKind: text('attached_to_kind'),
    attachedToId: text('attached_to_id'),
    attachedAt: ts('attached_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    uniqueIndex('files_storage_key_uq').on(t.storageKey),
    index('files_attached_idx').on(t.communityId, t.attachedToKind, t.attachedToId),
    index('files_owner_idx').on(t.communityId, t.ownerId, t.createdAt),
    check('files_purpose_ck', oneOf(t.purpose, FILE_PURPOSES)),
    check('files_mime_ck', oneOf(t.mime, FILE_MIMES)),
    check('files_bytes_ck', sql`${t.bytes} > 0`),
    check('files_duration_ck', sql`${t.durationMs} is null or ${t.durationMs} between 0 and 61000`),
    check(
      'files_attached_ck',
      sql`(${t.attachedToKind} is null) = (${t.attachedToId} is null) and (${t.attachedToId} is null) = (${t.attachedAt} is null)`,
    ),
  ],
);

/** 微网格: a set of buildings with its workers. */
export const grids = pgTable(
  'grids',
  {
    communityId: text('community_id')
      .notNull()
      .references(() => communities.id),
    id: uuidText(),
    name: text('name').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.communityId, t.id] }), uniqueIndex('grids_name_uq').on(t.communityId, t.name)],
);

/** Every building in at most one grid: the key is the building, the grid is its value. */
export const gridBuildings = pgTable(
  'grid_buildings',
  {
    communityId: text('community_id').notNull(),
    estateId: text('estate_id').notNull(),
    building: text('building').notNull(),
    gridId: text('grid_id').notNull(),
    assignedAt: ts('assigned_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.estateId, t.building] }),
    index('grid_buildings_grid_idx').on(t.communityId, t.gridId),
    foreignKey({ columns: [t.communityId, t.gridId], foreignColumns: [grids.communityId, grids.id] }),
    foreignKey({ columns: [t.communityId, t.estateId], foreignColumns: [estates.communityId, estates.id] }),
  ],
);

/** 包户联系: who works a grid (members holding the grid_worker role when appointed). */
export const gridWorkers = pgTable(
  'grid_workers',
  {
    communityId: text('community_id').notNull(),
    gridId: text('grid_id').notNull(),
    userId: text('user_id').notNull(),
    addedAt: ts('added_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.gridId, t.userId] }),
    index('grid_workers_user_idx').on(t.communityId, t.userId),
    foreignKey({ columns: [t.communityId, t.gridId], foreignColumns: [grids.communityId, grids.id] }),
    foreignKey({ columns: [t.communityId, t.userId], foreignColumns: [members.communityId, members.userId] }),
  ],
);

/** Append-only record of buildings changing grid (null = unassigned), with how many open appeals followed. */
export const gridMoves = pgTable(
  'grid_moves',
  {
    communityId: text('community_id').notNull(),
    id: uuidText(),
    estateId: text('estate_id').notNull(),
    building: text('building').notNull(),
    fromGridId: text('from_grid_id'),
    toGridId: text('to_grid_id'),
    reroutedAppeals: integer('rerouted_appeals').notNull().default(0),
    actorId: text('actor_id')
      .notNull()
      .references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    index('grid_moves_time_idx').on(t.communityId, t.createdAt),
    check('grid_moves_changed_ck', sql`${t.fromGridId} is distinct from ${t.toGridId}`),
  ],
);

/** Appeal categories of a community, with the deadlines staff set (default 1 working day to accept, 7 days to finish). */
export const appealCategories = pgTable(
  'appeal_categories',
  {
    communityId: text('community_id')
      .notNull()
      .references(() => communities.id),
    id: text('id').notNull(),
    name: text('name').notNull(),
    acceptWorkingDays: integer('accept_working_days').notNull().default(1),
    finishDays: integer('finish_days').notNull().default(7),
    sort: integer('sort').notNull().default(0),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    uniqueIndex('appeal_categories_name_uq').on(t.communityId, t.name),
    check('appeal_categories_days_ck', sql`${t.acceptWorkingDays} between 0 and 30 and ${t.finishDays} between 1 and 365`),
  ],
);

/**
 * 民情诉求: the current state of an appeal, kept in step with its timeline (appeal_entries) in the
 * same transaction, so lists and the monthly report are queries over rows. Status moves only by
 * guarded UPDATE … WHERE status = … RETURNING.
 */
export const appeals = pgTable(
  'appeals',
  {
    communityId: text('community_id').notNull(),
    id: uuidText(),
    categoryId: text('category_id').notNull(),
    submitterId: text('submitter_id')
      .notNull()
      .references(() => users.id),
    /** The grid worker or staff who recorded it on the resident's behalf. */
    recordedBy: text('recorded_by').references(() => users.id),
    channel: text('channel', { enum: APPEAL_CHANNELS }).notNull(),
    words: text('words').notNull(),
    photos: jsonb('photos').$type<string[]>().notNull().default([]),
    voiceFileId: text('voice_file_id'),
    voiceSeconds: integer('voice_seconds'),
    /** Searchable and countable text of the voice note (speech service, or the labelled local stand-in). */
    transcript: text('transcript'),
    transcriptSource: text('transcript_source', { enum: TRANSCRIPT_SOURCES }),
    estateId: text('estate_id').notNull(),
    building: text('building').notNull(),
    /** Routing: the grid of the building at submission; follows the building when it moves while open. */
    gridId: text('grid_id'),
    namePublic: boolean('name_public').notNull().default(false),
    status: text('status', { enum: APPEAL_STATUSES }).notNull().default('submitted'),
    ending: text('ending', { enum: APPEAL_ENDINGS }),
    responsibleId: text('responsible_id').references(() => users.id),
    list: text('list', { enum: APPEAL_LISTS }),
    duplicateOf: text('duplicate_of'),
    acceptBy: ts('accept_by').notNull(),
    finishBy: ts('finish_by'),
    acceptedAt: ts('accepted_at'),
    acceptedBy: text('accepted_by').references(() => users.id),
    closedAt: ts('closed_at'),
    closingWords: text('closing_words'),
    reopenedAt: ts('reopened_at'),
    stars: integer('stars'),
    ratingWords: text('rating_words'),
    ratedAt: ts('rated_at'),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    foreignKey({ columns: [t.communityId, t.categoryId], foreignColumns: [appealCategories.communityId, appealCategories.id] }),
    foreignKey({ columns: [t.communityId, t.gridId], foreignColumns: [grids.communityId, grids.id] }),
    foreignKey({ columns: [t.communityId, t.estateId], foreignColumns: [estates.communityId, estates.id] }),
    index('appeals_created_idx').on(t.communityId, t.createdAt),
    index('appeals_closed_idx').on(t.communityId, t.closedAt),
    index('appeals_submitter_idx').on(t.communityId, t.submitterId, t.createdAt),
    index('appeals_grid_idx').on(t.communityId, t.gridId, t.status),
    index('appeals_responsible_idx').on(t.communityId, t.responsibleId, t.status),
    index('appeals_open_idx').on(t.communityId, t.status, t.acceptBy).where(sql`${t.status} <> 'closed'`),
    index('appeals_building_open_idx').on(t.communityId, t.estateId, t.building).where(sql`${t.status} <> 'closed'`),
    // The monthly report reads these alone (index-only scans), never the wide rows: every column it needs is a key.
    index('appeals_report_open_idx')
      .on(t.communityId, t.createdAt, t.acceptedAt, t.acceptBy, t.finishBy, t.categoryId, t.gridId, t.channel)
      .where(sql`${t.status} <> 'closed'`),
    // Voice notes waiting for the speech service (transcribe-later.ts): few rows, found without a scan.
    index('appeals_transcript_due_idx')
      .on(t.createdAt)
      .where(sql`${t.voiceFileId} is not null and ${t.transcript} is null`),
    index('appeals_report_closed_idx')
      .on(t.communityId, t.closedAt, t.createdAt, t.ending, t.acceptedAt, t.acceptBy, t.finishBy, t.categoryId, t.gridId, t.channel, t.stars)
      .where(sql`${t.status} = 'closed'`),
    check('appeals_status_ck', oneOf(t.status, APPEAL_STATUSES)),
    check('appeals_channel_ck', oneOf(t.channel, APPEAL_CHANNELS)),
    check('appeals_ending_ck', sql`${t.ending} is null or ${oneOf(t.ending, APPEAL_ENDINGS)}`),
    check('appeals_list_ck', sql`${t.list} is null or ${oneOf(t.list, APPEAL_LISTS)}`),
    check('appeals_transcript_ck', sql`${t.transcriptSource} is null or ${oneOf(t.transcriptSource, TRANSCRIPT_SOURCES)}`),
    check('appeals_closed_ck', sql`(${t.status} = 'closed') = (${t.ending} is not null and ${t.closedAt} is not null)`),
    check('appeals_accepted_ck', sql`(${t.status} = 'submitted') = (${t.acceptedAt} is null)`),
    check('appeals_finish_ck', sql`${t.acceptedAt} is null or ${t.finishBy} is not null`),
    check('appeals_duplicate_ck', sql`${t.duplicateOf} is null or (${t.ending} = 'refused' and ${t.duplicateOf} <> ${t.id})`),
    check('appeals_stars_ck', sql`${t.stars} is null or ${t.stars} between 1 and 5`),
    check('appeals_rated_ck', sql`(${t.stars} is null) = (${t.ratedAt} is null)`),
    check('appeals_photos_ck', sql`jsonb_array_length(${t.photos}) <= 6`),
    check('appeals_voice_ck', sql`${t.voiceSeconds} is null or ${t.voiceSeconds} between 0 and 60`),
  ],
);

/** The timeline of an appeal: append-only (the code never updates or deletes an entry); `seq` orders it. */
export const appealEntries = pgTable(
  'appeal_entries',
  {
    communityId: text('community_id').notNull(),
    id: uuidText(),
    seq: bigint('seq', { mode: 'number' }).generatedAlwaysAsIdentity(),
    appealId: text('appeal_id').notNull(),
    kind: text('kind', { enum: APPEAL_ENTRY_KINDS }).notNull(),
    /** null for the system (overdue flags). */
    actorId: text('actor_id').references(() => users.id),
    words: text('words'),
    photos: jsonb('photos').$type<string[]>().notNull().default([]),
    meta: jsonb('meta').$type<Record<string, unknown>>().notNull().default({}),
    at: ts('at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    index('appeal_entries_appeal_idx').on(t.communityId, t.appealId, t.seq),
    foreignKey({ columns: [t.communityId, t.appealId], foreignColumns: [appeals.communityId, appeals.id] }),
    check('appeal_entries_kind_ck', oneOf(t.kind, APPEAL_ENTRY_KINDS)),
    check('appeal_entries_photos_ck', sql`jsonb_array_length(${t.photos}) <= 6`),
  ],
);

/** A 项目清单 appeal's links to the fund expenses and events that carry it out (current set; the timeline has the history). */
export const appealLinks = pgTable(
  'appeal_links',
  {
    communityId: text('community_id').notNull(),
    appealId: text('appeal_id').notNull(),
    kind: text('kind', { enum: APPEAL_LINK_KINDS }).notNull(),
    targetId: text('target_id').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.appealId, t.kind, t.targetId] }),
    foreignKey({ columns: [t.communityId, t.appealId], foreignColumns: [appeals.communityId, appeals.id] }),
    check('appeal_links_kind_ck', oneOf(t.kind, APPEAL_LINK_KINDS)),
  ],
);

/**
 * 民心测评 rounds: one open at a time per community (partial unique index); results show once closed.
 */
export const surveyRounds = pgTable(
  'survey_rounds',
  {
    communityId: text('community_id')
      .notNull()
      .references(() => communities.id),
    id: uuidText(),
    title: text('title').notNull(),
    status: text('status', { enum: SURVEY_ROUND_STATUSES }).notNull().default('open'),
    openedBy: text('opened_by')
      .notNull()
      .references(() => users.id),
    openedAt: ts('opened_at').notNull(),
    closedBy: text('closed_by').references(() => users.id),
    closedAt: ts('closed_at'),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    uniqueIndex('survey_rounds_title_uq').on(t.communityId, t.title),
    uniqueIndex('survey_rounds_one_open_uq').on(t.communityId).where(sql`${t.status} = 'open'`),
    check('survey_rounds_status_ck', oneOf(t.status, SURVEY_ROUND_STATUSES)),
    check('survey_rounds_closed_ck', sql`(${t.status} = 'closed') = (${t.closedAt} is not null)`),
  ],
);

/** What is rated in a round: a cadre (a staff member) or a finished project (optionally a 项目清单 appeal). */
export const surveyTargets = pgTable(
  'survey_targets',
  {
    communityId: text('community_id').notNull(),
    id: uuidText(),
    roundId: text('round_id').notNull(),
    kind: text('kind', { enum: SURVEY_TARGET_KINDS }).notNull(),
    cadreId: text('cadre_id').references(() => users.id),
    appealId: text('appeal_id'),
    name: text('name').notNull(),
    about: text('about').notNull().default(''),
    sort: integer('sort').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    index('survey_targets_round_idx').on(t.communityId, t.roundId, t.sort),
    uniqueIndex('survey_targets_cadre_uq').on(t.communityId, t.roundId, t.cadreId),
    foreignKey({ columns: [t.communityId, t.roundId], foreignColumns: [surveyRounds.communityId, surveyRounds.id] }),
    foreignKey({ columns: [t.communityId, t.appealId], foreignColumns: [appeals.communityId, appeals.id] }),
    check('survey_targets_kind_ck', oneOf(t.kind, SURVEY_TARGET_KINDS)),
    check('survey_targets_cadre_ck', sql`(${t.kind} = 'cadre') = (${t.cadreId} is not null)`),
    check('survey_targets_appeal_ck', sql`${t.kind} = 'project' or ${t.appealId} is null`),
  ],
);

/**
 * WHO rated (for one rating per resident per target per round): the resident, and who entered a paper
 * form on their behalf. Nothing here says what they chose, and nothing in the rating tables below
 * points back here (no shared id, no time, no sequence).
 */
export const surveyRaters = pgTable(
  'survey_raters',
  {
    communityId: text('community_id').notNull(),
    roundId: text('round_id').notNull(),
    targetId: text('target_id').notNull(),
    residentId: text('resident_id')
      .notNull()
      .references(() => users.id),
    /** The grid worker or staff who entered a paper form; null when the resident rated in the app. */
    enteredBy: text('entered_by').references(() => users.id),
    ratedAt: ts('rated_at').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.roundId, t.targetId, t.residentId] }),
    index('survey_raters_resident_idx').on(t.communityId, t.roundId, t.residentId),
    foreignKey({ columns: [t.communityId, t.targetId], foreignColumns: [surveyTargets.communityId, surveyTargets.id] }),
  ],
);

/**
 * WHAT was rated, as counters: one row per target and choice, incremented in the rater's transaction.
 * No row per rating, so there is no row to match to a rater; no user, time or sequence column (a test
 * checks the columns).
 */
export const surveyTallies = pgTable(
  'survey_tallies',
  {
    communityId: text('community_id').notNull(),
    roundId: text('round_id').notNull(),
    targetId: text('target_id').notNull(),
    choice: text('choice', { enum: SURVEY_CHOICES }).notNull(),
    timesChosen: integer('times_chosen').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.roundId, t.targetId, t.choice] }),
    foreignKey({ columns: [t.communityId, t.targetId], foreignColumns: [surveyTargets.communityId, surveyTargets.id] }),
    check('survey_tallies_choice_ck', oneOf(t.choice, SURVEY_CHOICES)),
    check('survey_tallies_times_ck', sql`${t.timesChosen} >= 0`),
  ],
);

/** The optional words with a rating: random ids, no user, no time, no sequence; shown without names from 10 raters up. */
export const surveyComments = pgTable(
  'survey_comments',
  {
    communityId: text('community_id').notNull(),
    id: uuidText(),
    roundId: text('round_id').notNull(),
    targetId: text('target_id').notNull(),
    choice: text('choice', { enum: SURVEY_CHOICES }).notNull(),
    words: text('words').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    index('survey_comments_target_idx').on(t.communityId, t.roundId, t.targetId),
    foreignKey({ columns: [t.communityId, t.targetId], foreignColumns: [surveyTargets.communityId, surveyTargets.id] }),
    check('survey_comments_choice_ck', oneOf(t.choice, SURVEY_CHOICES)),
    check('survey_comments_words_ck', sql`length(${t.words}) between 1 and 200`),
  ],
);

/** A community's 测评 settings (admin): the satisfaction in percent under which a target is flagged. */
export const surveySettings = pgTable(
  'survey_settings',
  {
    communityId: text('community_id')
      .primaryKey()
      .references(() => communities.id),
    flagBelow: integer('flag_below').notNull().default(80),
    updatedBy: text('updated_by').references(() => users.id),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [check('survey_settings_flag_ck', sql`${t.flagBelow} between 1 and 100`)],
);

/**
 * The community's fund rules as versions, each in force from its time (issue 15). A change is a new
 * row, never an edit, so whatever was decided under a version keeps it: an expense copies the
 * approvals it needs when requested. Before the first row the `communities` columns are the rules.
 */
export const communityRules = pgTable(
  'community_rules',
  {
    communityId: text('community_id')
      .notNull()
      .references(() => communities.id),
    id: uuidText(),
    effectiveFrom: ts('effective_from').notNull(),
    approvalsRequired: integer('approvals_required').notNull(),
    approvalThresholdFen: bigint('approval_threshold_fen', { mode: 'number' }).notNull(),
    pointValueFen: integer('point_value_fen').notNull(),
    /** Points one volunteer hour earns: the community standard (each event role still sets its own rate). */
    pointsPerHour: integer('points_per_hour').notNull(),
    setBy: text('set_by')
      .notNull()
      .references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    uniqueIndex('community_rules_from_uq').on(t.communityId, t.effectiveFrom),
    check(
      'community_rules_values_ck',
      sql`${t.approvalsRequired} between 0 and 9 and ${t.approvalThresholdFen} >= 0 and ${t.pointValueFen} between 1 and 10000 and ${t.pointsPerHour} between 0 and 100`,
    ),
  ],
);

/**
 * A one-time invite into a role (issue 15): created by the community's admin, or by a platform
 * operator for a new community's first admin. Only the SHA-256 of the code is kept, so a leaked table
 * grants nothing; the code is shown once. Used by one person, once, before it expires.
 */
export const invites = pgTable(
  'invites',
  {
    communityId: text('community_id')
      .notNull()
      .references(() => communities.id),
    id: uuidText(),
    codeHash: text('code_hash').notNull(),
    role: text('role', { enum: INVITE_ROLES }).notNull(),
    createdBy: text('created_by')
      .notNull()
      .references(() => users.id),
    expiresAt: ts('expires_at').notNull(),
    usedBy: text('used_by').references(() => users.id),
    usedAt: ts('used_at'),
    revokedAt: ts('revoked_at'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    uniqueIndex('invites_code_uq').on(t.codeHash),
    check('invites_role_ck', oneOf(t.role, INVITE_ROLES)),
    check('invites_used_ck', sql`(${t.usedBy} is null) = (${t.usedAt} is null)`),
  ],
);

/** Every wrong invite code typed, for the guessing budget (per person and overall, in a window). */
export const inviteWrongCodes = pgTable(
  'invite_wrong_codes',
  {
    id: uuidText().primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    at: ts('at').notNull(),
  },
  (t) => [index('invite_wrong_codes_at_idx').on(t.at)],
);

/**
 * 协商议事 议题 (kind 'deliberation', one ballot per household) or 评选 (kind 'election', one per resident).
 * The result is computed once at close and stored in `result`; nothing reads the ballots per option before that.
 */
export const topics = pgTable(
  'topics',
  {
    communityId: text('community_id')
      .notNull()
      .references(() => communities.id),
    id: uuidText(),
    kind: text('kind', { enum: TOPIC_KINDS }).notNull(),
    title: text('title').notNull(),
    background: text('background').notNull().default(''),
    source: text('source', { enum: TOPIC_SOURCES }).notNull(),
    /** The appeal (民情 or 项目清单 item) it came from; null for staff. */
    sourceId: text('source_id'),
    /** Share (percent) of eligible households (residents, for 评选) that must vote. */
    quorumPct: integer('quorum_pct').notNull(),
    /** Share (percent) of the ballots cast the leading option needs to pass. */
    passPct: integer('pass_pct').notNull(),
    opensAt: ts('opens_at').notNull(),
    closesAt: ts('closes_at').notNull(),
    /** 议事会: an ordinary event residents sign up for. */
    meetingEventId: text('meeting_event_id'),
    status: text('status', { enum: TOPIC_STATUSES }).notNull().default('open'),
    closedAt: ts('closed_at'),
    closedBy: text('closed_by').references(() => users.id),
    /** TopicResult (types/models.ts), written once at close. */
    result: jsonb('result'),
    resolution: text('resolution'),
    resolvedAt: ts('resolved_at'),
    resolvedBy: text('resolved_by').references(() => users.id),
    createdBy: text('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.id] }),
    // The ballots' foreign key names the kind, so a household ballot can only be cast on a household topic.
    unique('topics_kind_uq').on(t.communityId, t.id, t.kind),
    index('topics_status_idx').on(t.communityId, t.status, t.closesAt),
    check('topics_kind_ck', oneOf(t.kind, TOPIC_KINDS)),
    check('topics_source_ck', oneOf(t.source, TOPIC_SOURCES)),
    check('topics_status_ck', oneOf(t.status, TOPIC_STATUSES)),
    check('topics_source_id_ck', sql`(${t.source} = 'staff') = (${t.sourceId} is null)`),
    check('topics_rule_ck', sql`${t.quorumPct} between 0 and 100 and ${t.passPct} between 1 and 100`),
    check('topics_window_ck', sql`${t.closesAt} > ${t.opensAt}`),
    check(
      'topics_closed_ck',
      sql`(${t.status} = 'closed') = (${t.closedAt} is not null) and (${t.closedAt} is null) = (${t.result} is null)`,
    ),
    check('topics_resolution_ck', sql`${t.resolution} is null or ${t.status} = 'closed'`),
  ],
);

/** Who may take part: no rows = the whole community; a row with building '' = a whole estate. */
export const topicPlaces = pgTable(
  'topic_places',
  {
    communityId: text('community_id').notNull(),
    topicId: text('topic_id').notNull(),
    estateId: text('estate_id').notNull(),
    building: text('building').notNull().default(''),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.topicId, t.estateId, t.building] }),
    foreignKey({ columns: [t.communityId, t.topicId], foreignColumns: [topics.communityId, topics.id] }),
    foreignKey({ columns: [t.communityId, t.estateId], foreignColumns: [estates.communityId, estates.id] }),
  ],
);

/** A topic's options (a colour, a candidate), each with words and an optional photo (files attached to 'topic_option'). */
export const topicOptions = pgTable(
  'topic_options',
  {
    communityId: text('community_id').notNull(),
    topicId: text('topic_id').notNull(),
    id: uuidText(),
    position: integer('position').notNull(),
    label: text('label').notNull(),
    photoFileId: text('photo_file_id'),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.topicId, t.id] }),
    uniqueIndex('topic_options_position_uq').on(t.communityId, t.topicId, t.position),
    foreignKey({ columns: [t.communityId, t.topicId], foreignColumns: [topics.communityId, topics.id] }),
    check('topic_options_position_ck', sql`${t.position} between 0 and 19`),
  ],
);

/**
 * One ballot per household (议题) or per resident (评选), online or paper, never both: the unique indexes are
 * the rule. An online ballot names its voter (the member who cast it and alone may change it); a paper ballot
 * names who entered it.
 */
export const ballots = pgTable(
  'ballots',
  {
    communityId: text('community_id').notNull(),
    topicId: text('topic_id').notNull(),
    id: uuidText(),
    kind: text('kind', { enum: TOPIC_KINDS }).notNull(),
    optionId: text('option_id').notNull(),
    householdId: text('household_id'),
    voterId: text('voter_id').references(() => users.id),
    channel: text('channel', { enum: BALLOT_CHANNELS }).notNull(),
    enteredBy: text('entered_by').references(() => users.id),
    castAt: ts('cast_at').notNull().defaultNow(),
    changedAt: ts('changed_at'),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.topicId, t.id] }),
    uniqueIndex('ballots_household_uq')
      .on(t.communityId, t.topicId, t.householdId)
      .where(sql`${t.householdId} is not null`),
    uniqueIndex('ballots_voter_uq')
      .on(t.communityId, t.topicId, t.voterId)
      .where(sql`${t.householdId} is null`),
    foreignKey({
      columns: [t.communityId, t.topicId, t.kind],
      foreignColumns: [topics.communityId, topics.id, topics.kind],
    }),
    foreignKey({
      columns: [t.communityId, t.topicId, t.optionId],
      foreignColumns: [topicOptions.communityId, topicOptions.topicId, topicOptions.id],
    }),
    foreignKey({ columns: [t.communityId, t.householdId], foreignColumns: [households.communityId, households.id] }),
    check('ballots_kind_ck', oneOf(t.kind, TOPIC_KINDS)),
    check('ballots_channel_ck', oneOf(t.channel, BALLOT_CHANNELS)),
    // 议题 ballots belong to a household; 评选 ballots to a resident.
    check(
      'ballots_who_ck',
      sql`(${t.kind} = 'deliberation') = (${t.householdId} is not null) and (${t.kind} = 'deliberation' or ${t.voterId} is not null)`,
    ),
    // Paper: entered by someone. A household's online ballot names its voter, its paper ballot none (评选: the resident).
    check(
      'ballots_channel_who_ck',
      sql`(${t.channel} = 'paper') = (${t.enteredBy} is not null) and (${t.kind} = 'election' or (${t.channel} = 'online') = (${t.voterId} is not null))`,
    ),
  ],
);

/** A topic's 决议 links to the fund expenses and events that carry it out. */
export const topicLinks = pgTable(
  'topic_links',
  {
    communityId: text('community_id').notNull(),
    topicId: text('topic_id').notNull(),
    kind: text('kind', { enum: TOPIC_LINK_KINDS }).notNull(),
    targetId: text('target_id').notNull(),
    linkedBy: text('linked_by')
      .notNull()
      .references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.communityId, t.topicId, t.kind, t.targetId] }),
    foreignKey({ columns: [t.communityId, t.topicId], foreignColumns: [topics.communityId, topics.id] }),
    check('topic_links_kind_ck', oneOf(t.kind, TOPIC_LINK_KINDS)),
  ],
);

/**
 * Staff signing in to the H5 管理台 on a PC by scanning a one-time QR with the mini-program (issue 15).
 * A row is a challenge until someone confirms it on the phone, then that person's session. Only
 * SHA-256 of the challenge and of the session token are kept; the token is handed out once. No
 * community_id: a session is the person's (like users), a reference table.
 */
export const pcSessions = pgTable(
  'pc_sessions',
  {
    id: uuidText().primaryKey(),
    challengeHash: text('challenge_hash').notNull(),
    tokenHash: text('token_hash'),
    userId: text('user_id').references(() => users.id, { onDelete: 'cascade' }),
    userAgent: text('user_agent'),
    createdAt: ts('created_at').notNull().defaultNow(),
    challengeExpiresAt: ts('challenge_expires_at').notNull(),
    confirmedAt: ts('confirmed_at'),
    expiresAt: ts('expires_at'),
    revokedAt: ts('revoked_at'),
  },
  (t) => [
    uniqueIndex('pc_sessions_challenge_uq').on(t.challengeHash),
    uniqueIndex('pc_sessions_token_uq').on(t.tokenHash),
    index('pc_sessions_user_ix').on(t.userId),
    check(
      'pc_sessions_confirmed_ck',
      sql`(${t.userId} is null) = (${t.confirmedAt} is null) and (${t.confirmedAt} is null) = (${t.expiresAt} is null)`,
    ),
    check('pc_sessions_token_ck', sql`${t.tokenHash} is null or ${t.confirmedAt} is not null`),
  ],
);
