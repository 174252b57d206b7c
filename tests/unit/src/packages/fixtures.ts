/** Builders for the points, fund and shop shapes; each test overrides what it is about. */
import type {
  DonationView,
  ExpenseView,
  FundBoard,
  InvariantReport,
  PointsEntry,
  PointsSummary,
  RedemptionView,
  ShopItemView,
  VolunteerCertificate,
} from '@linli/types';

export function pointsEntry(over: Partial<PointsEntry> = {}): PointsEntry {
  return {
    id: 'pe-1',
    amount: 20,
    code: 'volunteer_hours',
    memo: '志愿服务 2 小时',
    createdAt: '2099-10-29T08:00:00Z',
    eventTitle: '重阳敬老宴',
    actorName: '王芳',
    ...over,
  };
}

export function pointsSummary(over: Partial<PointsSummary> = {}): PointsSummary {
  return {
    balance: 120,
    earnedTotal: 200,
    spentTotal: 80,
    serviceMinutes: 200,
    moreCursor: null,
    recent: [
      pointsEntry(),
      pointsEntry({
        id: 'pe-2',
        amount: -80,
        code: 'redemption',
        memo: '兑换 牛肉面一碗',
        eventTitle: null,
        actorName: null,
        createdAt: '2099-11-02T04:00:00Z',
      }),
    ],
    ...over,
  };
}

export function certificate(over: Partial<VolunteerCertificate> = {}): VolunteerCertificate {
  return {
    serial: 'BJQ-2099-000123',
    holderName: '陈静',
    communityName: '碧鸡桥社区',
    records: [
      {
        eventTitle: '重阳敬老宴',
        date: '2099-10-29T03:30:00Z',
        roleName: '引导员',
        minutes: 150,
        organizer: '碧鸡桥社区',
        confirmedBy: '王芳',
      },
      {
        eventTitle: '社区义诊',
        date: '2099-11-05T01:00:00Z',
        roleName: '登记',
        minutes: 90,
        organizer: '碧鸡桥社区',
        confirmedBy: '杨书记',
      },
    ],
    totalMinutes: 240,
    issuedAt: '2099-11-10T02:00:00Z',
    ...over,
  };
}

export function invariants(over: Partial<InvariantReport> = {}): InvariantReport {
  return {
    ok: true,
    checkedAt: '2099-11-10T02:00:00Z',
    checks: [
      { name: 'balanced', label: '每笔转账收支平衡', ok: true, detail: '共 42 笔，全部平衡' },
      {
        name: 'coverage',
        label: '基金足以兑付流通积分',
        ok: true,
        detail: '流通积分 500 × 10 分 = 5000 分 ≤ 基金 2000000 分',
      },
    ],
    ...over,
  };
}

export function donation(over: Partial<DonationView> = {}): DonationView {
  return {
    id: 'd-1',
    source: 'merchant',
    form: 'cash',
    donorName: '蜀香面馆',
    amountFen: 50000,
    itemsDesc: null,
    evidenceUrl: null,
    createdAt: '2099-10-20T02:00:00Z',
    ...over,
  };
}

export function expense(over: Partial<ExpenseView> = {}): ExpenseView {
  return {
    id: 'x-1',
    amountFen: 360000,
    purpose: '重阳敬老宴食材采购（60 桌）',
    eventTitle: '重阳敬老宴',
    evidenceUrl: null,
    status: 'paid',
    approvalsRequired: 2,
    approvals: [
      { approverName: '赵德全', decision: 'approve', note: '价格合理', createdAt: '2099-10-21T02:00:00Z' },
      { approverName: '孙桂兰', decision: 'approve', note: null, createdAt: '2099-10-21T03:00:00Z' },
    ],
    requestedByName: '王芳',
    paidAt: '2099-10-22T02:00:00Z',
    createdAt: '2099-10-20T02:00:00Z',
    ...over,
  };
}

export function board(over: Partial<FundBoard> = {}): FundBoard {
  return {
    card: { balanceFen: 1_920_000, donationsFen: 2_528_050, spentFen: 360_000, donationCount: 5 },
    inKindFen: 119_600,
    committedFen: 1_500,
    monthly: [
      { month: '2099-09', inFen: 2_000_000, outFen: 0 },
      { month: '2099-10', inFen: 528_050, outFen: 360_000 },
    ],
    donations: [
      donation(),
      donation({ id: 'd-2', source: 'resident', donorName: '爱心人士', amountFen: 50000 }),
    ],
    expenses: [expense()],
    redemptionsByItem: [
      { title: '牛肉面一碗', merchantName: '蜀香面馆', count: 1, points: 80, costFen: 1500 },
    ],
    invariants: invariants(),
    ...over,
  };
}

export function shopItem(over: Partial<ShopItemView> = {}): ShopItemView {
  return {
    id: 'item-noodle',
    title: '牛肉面一碗',
    merchantName: '蜀香面馆',
    pointsPrice: 80,
    costFen: 1500,
    stock: 50,
    photoUrl: null,
    active: true,
    merchantOperator: null,
    ...over,
  };
}

export function redemption(over: Partial<RedemptionView> = {}): RedemptionView {
  return {
    id: 'r-1',
    code: 'AB12CD34',
    itemId: 'item-noodle',
    itemTitle: '牛肉面一碗',
    merchantName: '蜀香面馆',
    points: 80,
    status: 'reserved',
    holderName: '陈静',
    createdAt: '2099-11-02T04:00:00Z',
    fulfilledAt: null,
    ...over,
  };
}
