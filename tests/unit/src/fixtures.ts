/** Small builders for contract shapes; each test overrides what it is about. */
import type { EventDetail, EventSummary, HomeData, Me, Membership, RegistrationView } from '@linli/types';

export function membership(over: Partial<Membership> = {}): Membership {
  return {
    communityId: 'bjq',
    communityName: '碧鸡桥社区',
    roles: ['resident'],
    estateId: 'est-1',
    estateName: '锦绣苑',
    building: '3栋',
    unit: '2单元',
    room: '302',
    householdId: 'hh-1',
    ...over,
  };
}

export function me(over: Partial<Me> = {}): Me {
  return {
    userId: 'u1',
    nickname: '张秀英',
    name: '张秀英',
    phoneMasked: '138****0001',
    birthYear: 1948,
    memberships: [membership()],
    ...over,
  };
}

export function eventSummary(over: Partial<EventSummary> = {}): EventSummary {
  return {
    id: 'ev-cyy',
    communityId: 'bjq',
    title: '重阳宴·百家宴',
    category: 'elderly',
    place: '碧鸡桥社区党群服务中心',
    startsAt: '2099-10-29T03:30:00Z',
    endsAt: '2099-10-29T06:00:00Z',
    signupOpensAt: '2099-10-01T00:00:00Z',
    signupClosesAt: '2099-10-27T12:00:00Z',
    capacity: 600,
    seatsLeft: 120,
    waitlistEnabled: true,
    waitlistCount: 0,
    status: 'published',
    minAge: 60,
    maxPartySize: 2,
    attendancePoints: 10,
    coverUrl: null,
    ...over,
  };
}

export function eventDetail(over: Partial<EventDetail> = {}): EventDetail {
  return {
    ...eventSummary(),
    body: '社区为 60 岁以上老人准备的重阳宴。',
    cancelDeadline: '2099-10-28T12:00:00Z',
    maxPartySize: 2,
    estateIds: [],
    estateNames: [],
    myRegistration: null,
    volunteerRoles: [],
    myShift: null,
    cancelReason: null,
    reminderHours: 24,
    eligibility: { eligible: true, reasons: [] },
    ...over,
  };
}

export function registration(over: Partial<RegistrationView> = {}): RegistrationView {
  return {
    id: 'reg-1',
    communityId: 'bjq',
    eventId: 'ev-cyy',
    eventTitle: '重阳宴·百家宴',
    startsAt: '2099-10-29T03:30:00Z',
    place: '碧鸡桥社区党群服务中心',
    status: 'confirmed',
    seatNo: 12,
    seatNos: [12],
    waitlistPosition: null,
    partySize: 1,
    proxyByName: null,
    createdAt: '2099-10-02T02:00:00Z',
    checkedInAt: null,
    attended: null,
    canCancel: true,
    ...over,
  };
}

export function homeData(over: Partial<HomeData> = {}): HomeData {
  return {
    community: { id: 'bjq', name: '碧鸡桥社区', district: '武侯区', street: '玉林街道' },
    upcoming: [
      eventSummary(),
      eventSummary({
        id: 'ev-2',
        title: '社区义诊',
        category: 'volunteer',
        seatsLeft: 0,
        waitlistEnabled: false,
      }),
    ],
    fund: { balanceFen: 1234560, donationsFen: 2000000, spentFen: 765440, donationCount: 37 },
    mine: [],
    announcements: [],
    ...over,
  };
}
