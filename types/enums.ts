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
] as const;
export type FilePurpose = (typeof FILE_PURPOSES)[number];

/** Content types the server accepts, each recognised by its magic bytes, never by a file name. */
export const FILE_MIMES = ['image/jpeg', 'image/png', 'audio/aac', 'audio/mpeg', 'audio/mp4'] as const;
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
