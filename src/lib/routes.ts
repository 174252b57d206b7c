/** Every page path in one place (absolute, as Taro navigation wants them). */
export const ROUTES = {
  home: '/pages/home/index',
  events: '/pages/events/index',
  me: '/pages/me/index',
  join: '/pages/join/index',
  event: (id: string) => `/pages/event/index?id=${encodeURIComponent(id)}`,
  /** The event page as a confirm step: the quick path from 首页. */
  signup: (id: string) => `/pages/event/index?id=${encodeURIComponent(id)}&confirm=1`,
  ticket: (registrationId: string) =>
    `/pages/ticket/index?registrationId=${encodeURIComponent(registrationId)}`,
  claim: '/pages/claim/index',
  /** 消息 (subpackage notices). */
  inbox: '/packages/notices/pages/inbox/index',
  /** 家人代办 (subpackage family). */
  family: '/packages/family/pages/index/index',
  familyElder: (elderId: string, name: string) =>
    `/packages/family/pages/elder/index?elderId=${encodeURIComponent(elderId)}&name=${encodeURIComponent(name)}`,
  familyTicket: (elderId: string, registrationId: string) =>
    `/pages/ticket/index?registrationId=${encodeURIComponent(registrationId)}&elderId=${encodeURIComponent(elderId)}`,
  devLogin: '/packages/dev/pages/login/index',
  /** 电脑登录 on the PC (H5): the QR to scan with the mini-program. */
  deskLogin: '/packages/desk/pages/login/index',
  /** 电脑登录 on the phone: confirm a scanned QR, list and sign out my PCs. */
  pcSessions: '/packages/account/pages/pc/index',
  /** 批量导入居民 (subpackage admin; staff at a desk). */
  adminImport: '/packages/admin/pages/import/index',
  /** 通知公告 (subpackage announcements): one for residents, the staff page to post and withdraw. */
  announcement: (id: string) => `/packages/announcements/pages/detail/index?id=${encodeURIComponent(id)}`,
  announcementsManage: '/packages/announcements/pages/manage/index',
  gridProxy: '/packages/grid/pages/proxy/index',
  staffEvents: '/packages/staff/pages/events/index',
  /** No id: a new event. */
  staffManage: (eventId?: string) =>
    eventId
      ? `/packages/staff/pages/manage/index?eventId=${encodeURIComponent(eventId)}`
      : '/packages/staff/pages/manage/index',
  staffShifts: (eventId: string, title: string) =>
    `/packages/staff/pages/shifts/index?eventId=${encodeURIComponent(eventId)}&title=${encodeURIComponent(title)}`,
  staffRoster: (eventId: string, title: string) =>
    `/packages/staff/pages/roster/index?eventId=${encodeURIComponent(eventId)}&title=${encodeURIComponent(title)}`,
  // 志愿积分, 社区微基金, 积分超市 (subpackages points, fund, shop).
  pointsMine: '/packages/points/pages/mine/index',
  pointsCertificate: '/packages/points/pages/certificate/index',
  pointsApply: '/packages/points/pages/apply/index',
  pointsAdmin: '/packages/points/pages/admin/index',
  pointsApplications: '/packages/points/pages/applications/index',
  pointsResidents: '/packages/points/pages/residents/index',
  pointsLedger: (residentId: string) =>
    `/packages/points/pages/ledger/index?residentId=${encodeURIComponent(residentId)}`,
  fundBoard: '/packages/fund/pages/board/index',
  fundStaff: '/packages/fund/pages/staff/index',
  fundDonate: '/packages/fund/pages/donate/index',
  fundExpense: '/packages/fund/pages/expense/index',
  fundApprove: '/packages/fund/pages/approve/index',
  shopItems: '/packages/shop/pages/items/index',
  shopMine: '/packages/shop/pages/mine/index',
  shopRedemption: (id: string) => `/packages/shop/pages/redemption/index?id=${encodeURIComponent(id)}`,
  shopMerchant: '/packages/shop/pages/merchant/index',
  shopEditor: '/packages/shop/pages/editor/index',
  // 民情诉求 (subpackage appeals for residents; grid and staff pages in their own subpackages).
  appealNew: '/packages/appeals/pages/new/index',
  appealsMine: '/packages/appeals/pages/mine/index',
  appeal: (id: string) => `/packages/appeals/pages/detail/index?id=${encodeURIComponent(id)}`,
  appealsReport: '/packages/appeals/pages/report/index',
  gridMine: '/packages/grid/pages/mine/index',
  gridAppeal: (id: string) => `/packages/grid/pages/appeal/index?id=${encodeURIComponent(id)}`,
  gridRecord: '/packages/grid/pages/record/index',
  staffAppeals: '/packages/staff/pages/appeals/index',
  staffAppeal: (id: string) => `/packages/staff/pages/appeal/index?id=${encodeURIComponent(id)}`,
  staffGrids: '/packages/staff/pages/grids/index',
  staffAppealCategories: '/packages/staff/pages/appeal-categories/index',
  // 民心测评 (subpackage surveys: residents rate, grid workers enter paper forms, staff run rounds).
  surveysRate: '/packages/surveys/pages/rate/index',
  surveysResults: (roundId?: string) =>
    roundId
      ? `/packages/surveys/pages/results/index?roundId=${encodeURIComponent(roundId)}`
      : '/packages/surveys/pages/results/index',
  surveysPaper: '/packages/surveys/pages/paper/index',
  surveysManage: '/packages/surveys/pages/manage/index',
  // 社区管理 and 平台运营 (subpackage admin); 邀请码 and 我的数据 (subpackage account).
  admin: '/packages/admin/pages/index/index',
  adminMembers: '/packages/admin/pages/members/index',
  adminRules: '/packages/admin/pages/rules/index',
  adminEstates: '/packages/admin/pages/estates/index',
  adminAudit: '/packages/admin/pages/audit/index',
  operator: '/packages/admin/pages/operator/index',
  redeemInvite: '/packages/account/pages/invite/index',
  privacy: '/packages/account/pages/privacy/index',
  // 协商议事 / 评选 (subpackage deliberation: residents, grid workers and staff).
  topics: '/packages/deliberation/pages/list/index',
  topic: (id: string) => `/packages/deliberation/pages/detail/index?id=${encodeURIComponent(id)}`,
  topicPaper: (id: string) => `/packages/deliberation/pages/paper/index?id=${encodeURIComponent(id)}`,
  topicNew: '/packages/deliberation/pages/new/index',
} as const;

/** Route params may arrive encoded (weapp) or decoded (h5); never throw on a stray '%'. */
export function routeParam(v: string | undefined): string {
  if (!v) return '';
  try {
    return decodeURIComponent(v);
  } catch {
    return v;
  }
}
