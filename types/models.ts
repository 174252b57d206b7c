/** Output shapes shared by app and server. Timestamps are ISO 8601 UTC strings; money in fen; points integers. */
import type { Role } from './roles';

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
}

export interface Me {
  userId: string;
  nickname: string;
  name: string | null;
  /** Masked for display, e.g. 138****0001. */
  phoneMasked: string | null;
  birthYear: number | null;
  memberships: Membership[];
}

export const EVENT_CATEGORIES = ['elderly', 'volunteer', 'culture', 'sports', 'children', 'governance'] as const;
export type EventCategory = (typeof EVENT_CATEGORIES)[number];
export const CATEGORY_LABELS: Record<EventCategory, string> = {
  elderly: '敬老',
  volunteer: '志愿服务',
  culture: '文化',
  sports: '运动',
  children: '儿童',
  governance: '议事',
};

export type EventStatus = 'draft' | 'published' | 'finished' | 'cancelled';

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
  attendancePoints: number;
  coverUrl: string | null;
}

export type RegistrationStatus = 'confirmed' | 'waitlisted' | 'cancelled';

export interface RegistrationView {
  id: string;
  eventId: string;
  eventTitle: string;
  startsAt: string;
  place: string;
  status: RegistrationStatus;
  /** First seat of the party when confirmed. */
  seatNo: number | null;
  waitlistPosition: number | null;
  partySize: number;
  proxyByName: string | null;
  createdAt: string;
}

export interface EligibilityReason {
  code: string;
  message: string;
}

export interface EventDetail extends EventSummary {
  body: string;
  cancelDeadline: string;
  maxPartySize: number;
  estateNames: string[];
  myRegistration: RegistrationView | null;
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
}

export interface PointsEntry {
  id: string;
  amount: number;
  code: string;
  memo: string;
  createdAt: string;
}

export interface PointsSummary {
  balance: number;
  earnedTotal: number;
  spentTotal: number;
  recent: PointsEntry[];
}

export interface StaffEventRow extends EventSummary {
  confirmedCount: number;
  waitlistedCount: number;
}

export interface RosterEntry {
  registrationId: string;
  name: string;
  building: string | null;
  unit: string | null;
  phoneMasked: string | null;
  partySize: number;
  status: RegistrationStatus;
  seatNo: number | null;
  waitlistPosition: number | null;
  proxyByName: string | null;
}

export interface DevPerson {
  openid: string;
  name: string;
  roles: Role[];
  note: string;
}
