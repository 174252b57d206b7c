/** Output shapes shared by app and server. Timestamps are ISO 8601 UTC strings; money in fen; points integers. */
import type { Role } from './roles';
import type {
  ApplicationStatus,
  ApprovalDecision,
  DonationForm,
  DonationSource,
  EventCategory,
  EventStatus,
  FileMime,
  InviteRole,
  ImportOutcome,
  ImportReason,
  NoticeKind,
  ExpenseStatus,
  RedemptionStatus,
  RegistrationStatus,
  ShiftStatus,
  AppealChannel,
  AppealEnding,
  AppealEntryKind,
  AppealLinkKind,
  AppealList,
  AppealStatus,
  TranscriptSource,
} from './enums';

// Every enum and its type stays importable from here too; the lists themselves live in enums.ts.
export * from './enums';

export interface CommunityBrief {
  id: string;
  name: string;
  district: string;
  street: string;
}

export interface EstateBrief {
  id: string;
  name: string;
  buildings: string[];
}

export interface Membership {
  communityId: string;
  communityName: string;
  roles: Role[];
  estateId: string | null;
  estateName: string | null;
  building: string | null;
  unit: string | null;
  /** 门牌号; null until the resident gives it. */
  room: string | null;
  /** 户: set once estate, building and room are known. */
  householdId: string | null;
}

export interface Me {
  userId: string;
  nickname: string;
  name: string | null;
  /** Masked for display, e.g. 138****0001. */
  phoneMasked: string | null;
  birthYear: number | null;
  memberships: Membership[];
  /** A platform operator (LINLI_OPERATORS): may open communities and invite their first admins. */
  operator?: boolean;
}

export const CATEGORY_LABELS: Record<EventCategory, string> = {
  elderly: '敬老',
  volunteer: '志愿服务',
  culture: '文化',
  sports: '运动',
  children: '儿童',
  governance: '议事',
};


export interface EventSummary {
  id: string;
  communityId: string;
  title: string;
  category: EventCategory;
  place: string;
  startsAt: string;
  endsAt: string;
  signupOpensAt: string;
  signupClosesAt: string;
  capacity: number;
  seatsLeft: number;
  waitlistEnabled: boolean;
  waitlistCount: number;
  status: EventStatus;
  minAge: number | null;
  maxPartySize: number;
  attendancePoints: number;
  coverUrl: string | null;
}

export interface RegistrationView {
  id: string;
  communityId: string;
  eventId: string;
  eventTitle: string;
  startsAt: string;
  place: string;
  status: RegistrationStatus;
  /** First seat of the party when confirmed. */
  seatNo: number | null;
  /** Every seat the party holds. */
  seatNos: number[];
  waitlistPosition: number | null;
  partySize: number;
  proxyByName: string | null;
  createdAt: string;
  checkedInAt: string | null;
  /** null until staff confirm attendance after the event. */
  attended: boolean | null;
  /** Before the cancel deadline and not yet checked in. */
  canCancel: boolean;
}

export interface VolunteerRoleView {
  id: string;
  name: string;
  quota: number;
  taken: number;
  pointsPerHour: number;
}

export interface ShiftView {
  id: string;
  eventId: string;
  eventTitle: string;
  roleId: string;
  roleName: string;
  userName: string;
  status: ShiftStatus;
  checkedInAt: string | null;
  checkedOutAt: string | null;
  /** Measured from check-in/out, or as adjusted by staff. */
  minutes: number | null;
  confirmedMinutes: number | null;
  confirmedAt: string | null;
}

export interface Ticket {
  registrationId: string;
  eventTitle: string;
  startsAt: string;
  place: string;
  holderName: string;
  seatNos: number[];
  partySize: number;
  /** Signed; what the QR code carries and what staff may type in H5. */
  token: string;
  qrDataUrl: string;
  proxyByName: string | null;
  /** For a 代报名 slip: the code the elder's family types to claim it in WeChat. */
  claimCode: string | null;
}

export interface ProxySignupResult {
  registration: RegistrationView;
  ticket: Ticket | null;
  claimCode: string;
}

export interface CheckInResult {
  registrationId: string;
  name: string;
  seatNos: number[];
  partySize: number;
  alreadyCheckedIn: boolean;
  checkedInAt: string;
}

export interface AttendanceResult {
  eventId: string;
  attended: number;
  absent: number;
  volunteerShifts: number;
  pointsAwarded: number;
  alreadyConfirmed: boolean;
}

export interface ExportFile {
  filename: string;
  mimeType: string;
  base64: string;
}

export interface EligibilityReason {
  code: string;
  message: string;
}

export interface EventDetail extends EventSummary {
  body: string;
  cancelDeadline: string;
  estateIds: string[];
  estateNames: string[];
  myRegistration: RegistrationView | null;
  volunteerRoles: VolunteerRoleView[];
  myShift: ShiftView | null;
  cancelReason: string | null;
  reminderHours: number;
  /** Explained before the resident taps 报名. */
  eligibility: { eligible: boolean; reasons: EligibilityReason[] };
}

export interface FundCard {
  balanceFen: number;
  donationsFen: number;
  spentFen: number;
  donationCount: number;
}

export interface HomeData {
  community: CommunityBrief;
  upcoming: EventSummary[];
  fund: FundCard;
  /** The caller's own confirmed or waitlisted registrations for events still to come. */
  mine: RegistrationView[];
  /** 通知公告 still current, pinned first (at most three). */
  announcements: Announcement[];
}

export interface PointsEntry {
  id: string;
  /** Positive when earned, negative when spent or deducted. */
  amount: number;
  code: string;
  memo: string;
  createdAt: string;
  eventTitle: string | null;
  /** Who confirmed or granted it. */
  actorName: string | null;
}

export interface PointsSummary {
  balance: number;
  earnedTotal: number;
  spentTotal: number;
  /** Confirmed volunteer service, in minutes. */
  serviceMinutes: number;
  recent: PointsEntry[];
  /** Pass to points.history for the entries before `recent`; null when there are none. */
  moreCursor: string | null;
}

export interface PointsPage {
  entries: PointsEntry[];
  /** Pass back as `before` for the next (older) page; null at the first entry. */
  nextCursor: string | null;
}

export interface CertificateRecord {
  eventTitle: string;
  date: string;
  roleName: string;
  minutes: number;
  /** 谁组织谁记录: the organizer who recorded it. */
  organizer: string;
  confirmedBy: string | null;
}

export interface VolunteerCertificate {
  serial: string;
  holderName: string;
  communityName: string;
  records: CertificateRecord[];
  totalMinutes: number;
  issuedAt: string;
}

export interface VolunteerApplicationView {
  id: string;
  userId: string;
  realName: string;
  phoneMasked: string;
  status: ApplicationStatus;
  createdAt: string;
  reviewedAt: string | null;
  note: string | null;
}

export interface CoverageView {
  outstandingPoints: number;
  pointValueFen: number;
  fundFen: number;
  covered: boolean;
}

export interface PointsOverview {
  issued: number;
  redeemed: number;
  deducted: number;
  outstanding: number;
  topVolunteers: { userId: string; name: string; minutes: number; points: number }[];
  coverage: CoverageView;
}

export interface ResidentRow {
  userId: string;
  name: string;
  estateName: string | null;
  building: string | null;
  unit: string | null;
  phoneMasked: string | null;
  balance: number;
}

export interface ResidentLedger {
  resident: ResidentRow;
  entries: PointsEntry[];
}

export interface InvariantCheck {
  name: string;
  label: string;
  ok: boolean;
  detail: string;
}

export interface InvariantReport {
  ok: boolean;
  checkedAt: string;
  checks: InvariantCheck[];
}

export interface StaffEventRow extends EventSummary {
  confirmedCount: number;
  waitlistedCount: number;
}

export interface RosterEntry {
  registrationId: string;
  checkedInAt: string | null;
  seatNos: number[];
  name: string;
  building: string | null;
  unit: string | null;
  phoneMasked: string | null;
  partySize: number;
  status: RegistrationStatus;
  seatNo: number | null;
  waitlistPosition: number | null;
  proxyByName: string | null;
  estateName: string | null;
  /** null until staff confirm attendance. */
  attended: boolean | null;
}

export interface DevPerson {
  openid: string;
  name: string;
  roles: Role[];
  note: string;
}

export const DONATION_SOURCE_LABELS: Record<DonationSource, string> = {
  merchant: '爱心商家',
  resident: '居民',
  volunteer_fundraising: '志愿者募集',
  community_allocation: '社区自筹',
};

export interface DonationView {
  id: string;
  source: DonationSource;
  form: DonationForm;
  /** 爱心人士 unless the donor agreed to be named. */
  donorName: string;
  amountFen: number;
  itemsDesc: string | null;
  evidenceUrl: string | null;
  createdAt: string;
}

export interface ApprovalView {
  approverName: string;
  decision: ApprovalDecision;
  note: string | null;
  createdAt: string;
}

export interface ExpenseView {
  id: string;
  amountFen: number;
  purpose: string;
  eventTitle: string | null;
  evidenceUrl: string | null;
  status: ExpenseStatus;
  approvalsRequired: number;
  approvals: ApprovalView[];
  requestedByName: string;
  paidAt: string | null;
  createdAt: string;
}

export interface MonthFlow {
  /** YYYY-MM in China time. */
  month: string;
  inFen: number;
  outFen: number;
}

export interface FundBoard {
  card: FundCard;
  inKindFen: number;
  committedFen: number;
  monthly: MonthFlow[];
  donations: DonationView[];
  expenses: ExpenseView[];
  redemptionsByItem: { title: string; merchantName: string; count: number; points: number; costFen: number }[];
  invariants: InvariantReport | null;
}

export interface ShopItemView {
  id: string;
  title: string;
  merchantName: string;
  pointsPrice: number;
  costFen: number;
  stock: number;
  photoUrl: string | null;
  active: boolean;
  /** The merchant's own account that fulfils this item's codes; shown to staff only (null for others). */
  merchantOperator: { userId: string; name: string } | null;
}

export interface RedemptionView {
  id: string;
  code: string;
  itemId: string;
  itemTitle: string;
  merchantName: string;
  points: number;
  status: RedemptionStatus;
  holderName: string;
  createdAt: string;
  fulfilledAt: string | null;
}

/** Everything the system holds about the caller (PIPL: a person can see and delete their own data). */
export interface MyData {
  profile: { userId: string; nickname: string; name: string | null; phone: string | null; birthYear: number | null; createdAt: string };
  memberships: Membership[];
  registrations: RegistrationView[];
  points: PointsEntry[];
  redemptions: RedemptionView[];
  volunteerApplications: VolunteerApplicationView[];
  /** 民情诉求 I submitted (or that were recorded for me). */
  appeals: AppealSummary[];
}

export interface DeletionResult {
  deleted: true;
  cancelledRegistrations: number;
  /** Ledger entries stay (append-only) but no longer point to a person. */
  keptLedgerEntries: number;
}

export interface AuditEntryView {
  id: string;
  actorName: string;
  action: string;
  targetType: string | null;
  targetId: string | null;
  before: unknown;
  after: unknown;
  createdAt: string;
}

/** 家人代办: the code an elder shows a relative; six digits, one use, short-lived. */
export interface FamilyCode {
  code: string;
  expiresAt: string;
}

/** One side of a family link, as the caller sees the other person. */
export interface FamilyPerson {
  linkId: string;
  /** The other person's user id: the target of signupFor / registrations (checked against the link). */
  userId: string;
  name: string;
  linkedAt: string;
}

export interface FamilyOverview {
  /** Relatives who may sign up for me. */
  helpers: FamilyPerson[];
  /** People I may sign up for. */
  elders: FamilyPerson[];
}

/** One notice in a person's 消息 inbox. */
export interface NoticeView {
  id: string;
  kind: NoticeKind;
  title: string;
  body: string;
  /** App page the notice is about ('' for none). */
  link: string;
  /** When it appeared (a reminder appears some hours before its event). */
  at: string;
  read: boolean;
  /** A copy of a relative's notice: the relative's name; null for one's own. */
  forName: string | null;
}

export interface InboxPage {
  items: NoticeView[];
  /** Pass back to get the next (older) page; null at the end. */
  nextCursor: string | null;
  unread: number;
}

export interface UnreadCount {
  unread: number;
}

/** WeChat one-time subscriptions left, per kind (each allows one message). */
export interface ConsentCount {
  kind: NoticeKind;
  remaining: number;
}

export interface FamilyCopySetting {
  linkId: string;
  elderId: string;
  elderName: string;
  on: boolean;
}

export interface NoticePreferences {
  consents: ConsentCount[];
  /** Elders this person helps: copies of their notices on or off. */
  familyCopies: FamilyCopySetting[];
  /** The person's phone takes no SMS (opted out). */
  smsOptOut: boolean;
}

export interface SmsOptOutResult {
  userId: string;
  optOut: boolean;
}

/**
 * A file as others may see it: `url` is short-lived (about an hour) and signed, or a cloud temp URL;
 * a relative url (`/files/…`) is on the functions' HTTP host (resolve with src/lib/upload.ts `fileUrl`).
 */
export interface FileView {
  id: string;
  mime: FileMime;
  url: string;
  /** Voice notes only: length in milliseconds, when known. */
  durationMs: number | null;
}

/** What an upload answers: the id to send with the record that uses it, and a URL to preview it. */
export interface UploadedFile {
  fileId: string;
  url: string;
}

// ——— 民情诉求 and 微网格 ———

/** A per-community appeal category with its deadlines (staff set them). */
export interface AppealCategoryView {
  id: string;
  name: string;
  /** Accept within this many working days (Mon–Fri) of submission. */
  acceptWorkingDays: number;
  /** Finish within this many calendar days of acceptance. */
  finishDays: number;
  sort: number;
}

/** A photo or voice note as a viewer with access sees it; `url` is short-lived (null until files are wired). */
export interface AppealFile {
  id: string;
  mime: string | null;
  url: string | null;
}

export interface BuildingRef {
  estateId: string;
  estateName: string;
  building: string;
}

/** One appeal in a list. Names follow who is looking: staff and handlers see them, the public report masks them. */
export interface AppealSummary {
  id: string;
  communityId: string;
  categoryId: string;
  categoryName: string;
  /** The resident's words (or the voice transcript when they only spoke). */
  words: string;
  status: AppealStatus;
  ending: AppealEnding | null;
  channel: AppealChannel;
  place: BuildingRef;
  gridId: string | null;
  gridName: string | null;
  submitterName: string;
  responsibleId: string | null;
  responsibleName: string | null;
  list: AppealList | null;
  createdAt: string;
  acceptedAt: string | null;
  /** Deadlines, computed from the category at submission (accept) and at acceptance (finish). */
  acceptBy: string;
  finishBy: string | null;
  closedAt: string | null;
  /** Past its accept or finish deadline and not closed, by the server's clock. */
  overdue: boolean;
  stars: number | null;
  photoCount: number;
  hasVoice: boolean;
}

export interface AppealEntryView {
  id: string;
  kind: AppealEntryKind;
  actorName: string;
  at: string;
  words: string | null;
  photos: AppealFile[];
  /** Kind-specific facts: ending, stars, list, fromGridName/toGridName, responsibleName, link title … */
  meta: {
    ending?: AppealEnding;
    stars?: number;
    list?: AppealList | null;
    responsibleName?: string;
    fromGridName?: string | null;
    toGridName?: string | null;
    linkKind?: AppealLinkKind;
    linkTitle?: string;
    duplicateOfId?: string;
    channel?: AppealChannel;
    deadline?: 'accept' | 'finish';
  };
}

export interface AppealLinkView {
  kind: AppealLinkKind;
  id: string;
  title: string;
}

export interface AppealDetail extends AppealSummary {
  namePublic: boolean;
  /** Phone of the submitter: whole for staff and handlers, masked otherwise, null on the public side. */
  submitterPhone: string | null;
  recordedByName: string | null;
  photos: AppealFile[];
  voice: { file: AppealFile; seconds: number | null; transcript: string; transcriptSource: TranscriptSource } | null;
  duplicateOfId: string | null;
  reopenedAt: string | null;
  rating: { stars: number; words: string | null; at: string } | null;
  links: AppealLinkView[];
  /** Oldest first. */
  timeline: AppealEntryView[];
  /** What the caller may do now (the server checks again). */
  can: {
    accept: boolean;
    assign: boolean;
    progress: boolean;
    close: boolean;
    rate: boolean;
    reopen: boolean;
    sort: boolean;
    link: boolean;
  };
}

export interface AppealPage {
  items: AppealSummary[];
  total: number;
  page: number;
  pageSize: number;
}

/** Someone staff may name as 第一责任人: staff, admin or a grid worker of the community. */
export interface AssigneeView {
  userId: string;
  name: string;
  roles: Role[];
}

export interface AppealFigures {
  /** Submitted in the month. */
  collected: number;
  /** Closed in the month, by ending. */
  solved: number;
  explained: number;
  refused: number;
  /** Not closed at the month's end (or now, for the current month). */
  open: number;
  /** Of `open`, past a deadline at that moment. */
  overdue: number;
}

export interface AppealReportRow extends AppealFigures {
  id: string | null;
  name: string;
}

export interface AppealReportClosed {
  id: string;
  closedAt: string;
  categoryName: string;
  place: string;
  words: string;
  ending: AppealEnding;
  closingWords: string | null;
  /** Masked (张*英) unless the submitter allowed their name; never a phone number. */
  submitterName: string;
  stars: number | null;
}

/** 月度公示: everything computed from the appeal rows, not from counters. */
export interface AppealReport extends AppealFigures {
  communityName: string;
  month: string;
  generatedAt: string;
  /** solved ÷ (solved + explained + refused) of the month's closures; null when none closed. */
  solvedRate: number | null;
  medianDaysToClose: number | null;
  averageRating: number | null;
  ratedCount: number;
  byCategory: AppealReportRow[];
  byGrid: AppealReportRow[];
  byChannel: { channel: AppealChannel; collected: number }[];
  /** The six months ending with `month`, oldest first. */
  trend: ({ month: string } & AppealFigures)[];
  closedList: AppealReportClosed[];
}

export interface GridWorkerView {
  userId: string;
  name: string;
  phoneMasked: string | null;
}

export interface GridView {
  id: string;
  name: string;
  buildings: BuildingRef[];
  workers: GridWorkerView[];
  households: number;
  openAppeals: number;
}

export interface GridsOverview {
  grids: GridView[];
  /** Buildings of the community's estates that no grid holds yet. */
  unassigned: BuildingRef[];
}

export interface GridPerson {
  userId: string;
  name: string;
  estateName: string | null;
  building: string | null;
  unit: string | null;
  /** Whole: the grid worker calls these people (包户联系). */
  phone: string | null;
  birthYear: number | null;
  /** An elder without WeChat, signed up by proxy. */
  offline: boolean;
}

export interface MyGrid {
  grids: GridView[];
  people: GridPerson[];
  /** Offline elders the caller signed up by proxy (代报名). */
  proxyElders: GridPerson[];
  openAppeals: AppealSummary[];
}

/** A member as the community admin sees them when granting or revoking roles. */
export interface AdminMember {
  userId: string;
  name: string;
  phoneMasked: string | null;
  estateName: string | null;
  building: string | null;
  unit: string | null;
  roles: Role[];
}

/** A one-time invite into a role; the code itself is shown only once, when created. */
export interface InviteView {
  id: string;
  role: InviteRole;
  expiresAt: string;
  usedAt: string | null;
  usedByName: string | null;
  revoked: boolean;
  createdAt: string;
}

export interface CreatedInvite extends InviteView {
  communityId: string;
  communityName: string;
  /** Eight characters of CODE_ALPHABET, shown once. */
  code: string;
  /** The code as a QR picture (data:image/png), for a phone to scan. */
  qrDataUrl: string;
}

export interface InviteRedeemed {
  communityId: string;
  communityName: string;
  role: InviteRole;
}

/** One of my signed-in PCs (电脑登录): shown on the phone with a 退出 button. */
export interface PcSessionView {
  id: string;
  userAgent: string | null;
  confirmedAt: string;
  expiresAt: string;
}

/** The answer on the phone once a PC login is confirmed: the PC picks up its token by polling. */
export interface PcLoginConfirmed {
  id: string;
  expiresAt: string;
}

/** `POST /pc/challenge`: what the PC shows as a QR (`PC_QR_PREFIX + challenge`) and polls with. */
export interface PcChallenge {
  challengeId: string;
  challenge: string;
  expiresAt: string;
  qrDataUrl: string;
}

/** `POST /pc/poll`: waiting until confirmed on the phone; then, once, the session token. */
export type PcPoll = { status: 'waiting' } | { status: 'ok'; token: string; expiresAt: string };

/** The community's fund rules; each change a new version from its time on (never retroactive). */
export interface FundRules {
  approvalsRequired: number;
  approvalThresholdFen: number;
  pointValueFen: number;
  pointsPerHour: number;
}

export interface RulesVersion extends FundRules {
  effectiveFrom: string;
  setByName: string;
}

export interface RulesView {
  /** The rules in force now. */
  current: FundRules;
  /** Versions, newest first (a future one may be waiting). */
  history: RulesVersion[];
}

/** A community as the platform operator sees it, with live counts. */
export interface OperatorCommunity {
  id: string;
  name: string;
  district: string;
  street: string;
  members: number;
  admins: number;
  openAppeals: number;
  events: number;
  createdAt: string;
}

/** 批量导入: one row of the resident sheet as the dry run sees it. */
export interface ImportRowPlan {
  /** The row number in the sheet (1-based, as Excel shows it). */
  row: number;
  name: string;
  phoneMasked: string | null;
  /** 碧鸡苑 3栋 2单元 302, or what the sheet said when it could not be read. */
  address: string;
  hasWechat: boolean | null;
  outcome: ImportOutcome;
  reason: ImportReason;
  /** E.g. the row it duplicates. */
  detail: string | null;
}

export interface ImportPlan {
  fileId: string;
  /** Names this exact plan: commit refuses when the sheet or the roster changed since the dry run. */
  planHash: string;
  counts: { create: number; skip: number; reject: number };
  newHouseholds: number;
  rows: ImportRowPlan[];
}

export interface ImportResult {
  created: number;
  skipped: number;
  rejected: number;
  householdsCreated: number;
}

/** 通知公告 as residents and staff see it. */
export interface Announcement {
  id: string;
  title: string;
  words: string;
  pinned: boolean;
  photos: FileView[];
  createdAt: string;
  expiresAt: string | null;
  authorName: string;
  /** Staff only: how many members opened it; null for residents. */
  readCount: number | null;
}

export interface AnnouncementList {
  items: Announcement[];
}

export interface AnnouncementRead {
  id: string;
  readCount: number | null;
}

// ── 协商议事 / 评选 ──

export interface TopicPhoto {
  id: string;
  url: string | null;
}

export interface TopicOptionView {
  id: string;
  label: string;
  photo: TopicPhoto | null;
}

/** Published at close, computed once and stored; never shown (nor computed) while the vote runs. */
export interface TopicResult {
  counts: { optionId: string; label: string; votes: number }[];
  /** Ballots cast (households for 议题, residents for 评选), online and paper. */
  ballots: number;
  paperBallots: number;
  /** Households (residents for 评选) in scope at close. */
  eligible: number;
  quorumPct: number;
  passPct: number;
  quorumMet: boolean;
  /** The leading option (null on a tie or with no ballots). */
  leadingOptionId: string | null;
  passed: boolean;
  closedAt: string;
}

export interface TopicLinkView {
  kind: 'expense' | 'event';
  id: string;
  title: string;
  /** Expense: amount in fen and status; event: its start. */
  amountFen: number | null;
  status: string | null;
  startsAt: string | null;
}

export interface TopicSummary {
  communityId: string;
  id: string;
  kind: 'deliberation' | 'election';
  title: string;
  status: 'upcoming' | 'open' | 'closed';
  opensAt: string;
  closesAt: string;
  /** The caller may vote on it (in scope, open, with a household for 议题). */
  canVote: boolean;
  /** The caller's household (or, for 评选, the caller) has a ballot. */
  voted: boolean;
  turnout: { ballots: number; eligible: number };
  passed: boolean | null;
}

/** How the caller's household (评选: the caller) voted. */
export interface MyBallotView {
  optionId: string;
  optionLabel: string;
  channel: 'online' | 'paper';
  /** Who cast it: the member's name, or 纸质票 entered by a worker. */
  byName: string;
  /** The caller cast it (and may change it until close). */
  mine: boolean;
  castAt: string;
}

export interface TopicDetail extends TopicSummary {
  background: string;
  photos: TopicPhoto[];
  source: 'staff' | 'appeal' | 'project';
  sourceId: string | null;
  scope: { estateId: string; estateName: string; building: string | null }[];
  quorumPct: number;
  passPct: number;
  options: TopicOptionView[];
  meetingEventId: string | null;
  myBallot: MyBallotView | null;
  /** Why the caller cannot vote, in words (null when they can). */
  cannotVoteReason: string | null;
  result: TopicResult | null;
  resolution: { words: string; photos: TopicPhoto[]; at: string; byName: string } | null;
  links: TopicLinkView[];
}

/** What a vote answers: the household's (评选: the caller's) ballot now and the turnout — not the whole topic. */
export interface TopicVote {
  topicId: string;
  myBallot: MyBallotView;
  turnout: { ballots: number; eligible: number };
}

/** A household on the paper-ballot roster: has it voted (not how)? */
export interface RosterHousehold {
  householdId: string;
  label: string;
  members: string[];
  voted: boolean;
  channel: 'online' | 'paper' | null;
}

/** A grid's household with its members (the grid worker's page). */
export interface HouseholdView {
  householdId: string;
  label: string;
  building: string;
  members: { userId: string; name: string }[];
}
