/** The micro-fund: donations, committee-approved spending, the points shop and merchant fulfilment. */
import { sql } from 'drizzle-orm';
import { query } from '../../server/db/query';
import { coverage } from '../../server/domain/ledger/coverage';
import { checkInvariants } from '../../server/domain/ledger/invariants';
import { readXlsx } from '../../server/domain/shared/sheets';
import { addResidents } from './support/fixtures';
import { seededApi } from './support/seeded';
import { onPostgres } from './support/test-db';

const C = 'bijiqiao';
const engine = onPostgres ? 'PostgreSQL' : 'PGlite';

const { t, api, userId } = seededApi({ poolSize: 10 });
afterEach(async () => {
  expect((await checkInvariants(t.db, C)).ok).toBe(true);
  // The per-request exchange-rule check (two system rows) agrees with summing every resident.
  expect(await coverage(t.db, C, 'fast')).toEqual(await coverage(t.db, C, 'full'));
});

const fundBalance = async () => (await api.ok('demo-elder', 'fund', 'card', { communityId: C })).balanceFen;

async function giveResidentPoints(openid: string, amount: number) {
  await api.ok('demo-staff', 'points', 'award', { communityId: C, residentId: await userId(openid), amount, reason: '测试' });
}

async function addItem(title: string, stock: number, pointsPrice = 10, costFen = 100) {
  return api.ok('demo-staff', 'shop', 'saveItem', {
    communityId: C,
    title,
    merchantName: '蜀香面馆',
    merchantUserId: await userId('demo-merchant'),
    pointsPrice,
    costFen,
    stock,
    photoUrl: null,
    active: true,
  });
}

describe('donations and the public board', () => {
  it('records a cash donation into the fund and an in-kind one beside it; names only with consent', async () => {
    const before = await fundBalance();
    await api.ok('demo-staff', 'fund', 'recordDonation', {
      communityId: C, source: 'resident', form: 'cash', donorName: '王秀兰', publicConsent: false, amountFen: 20_000,
    });
    await api.ok('demo-staff', 'fund', 'recordDonation', {
      communityId: C, source: 'merchant', form: 'in_kind', donorName: '蜀香面馆', publicConsent: true, amountFen: 30_000, itemsDesc: '面条 50 斤',
    });
    expect(await fundBalance()).toBe(before + 20_000);
    const board = await api.ok('demo-resident', 'fund', 'board', { communityId: C });
    expect(board.donations.map((d) => d.donorName)).toContain('爱心人士');
    expect(board.donations.map((d) => d.donorName)).not.toContain('王秀兰');
    expect(board.donations.find((d) => d.form === 'in_kind' && d.donorName === '蜀香面馆')).toBeTruthy();
    expect(board.monthly.length).toBeGreaterThan(0);
    expect(board.expenses.find((x) => x.status === 'paid')!.approvals).toHaveLength(2);
    expect((await api.err('demo-resident', 'fund', 'recordDonation', {
      communityId: C, source: 'resident', form: 'cash', donorName: 'x', publicConsent: true, amountFen: 1,
    })).code).toBe('AUTH.FORBIDDEN');
  });
});

describe('expenses', () => {
  it('cannot be paid with fewer approvals than required, nor approved by the requester', async () => {
    const x = await api.ok('demo-staff', 'fund', 'requestExpense', { communityId: C, amountFen: 120_000, purpose: '老年活动室空调维修' });
    expect(x).toMatchObject({ status: 'pending', approvalsRequired: 2 });
    expect((await api.err('demo-staff', 'fund', 'payExpense', { communityId: C, expenseId: x.id })).code).toBe('FUND.NOT_APPROVED');
    // A staff member who also sits on the committee still cannot approve their own request.
    await query(t.db, sql`insert into member_roles (community_id, user_id, role) values (${C}, ${await userId('demo-staff')}, 'committee')`);
    expect((await api.err('demo-staff', 'fund', 'decideExpense', { communityId: C, expenseId: x.id, approve: true })).code).toBe('FUND.SELF_APPROVAL');
    await api.ok('demo-committee', 'fund', 'decideExpense', { communityId: C, expenseId: x.id, approve: true });
    expect((await api.err('demo-committee', 'fund', 'decideExpense', { communityId: C, expenseId: x.id, approve: true })).code).toBe('FUND.ALREADY_DECIDED');
    expect((await api.err('demo-staff', 'fund', 'payExpense', { communityId: C, expenseId: x.id })).code).toBe('FUND.NOT_APPROVED');
    const approved = await api.ok('committee-1', 'fund', 'decideExpense', { communityId: C, expenseId: x.id, approve: true, note: '同意' });
    expect(approved.status).toBe('approved');
    const before = await fundBalance();
    expect((await api.ok('demo-staff', 'fund', 'payExpense', { communityId: C, expenseId: x.id })).status).toBe('paid');
    expect(await fundBalance()).toBe(before - 120_000);
    expect((await api.err('demo-staff', 'fund', 'payExpense', { communityId: C, expenseId: x.id })).code).toBe('FUND.EXPENSE_CLOSED');
  });

  it('never takes the fund below zero', async () => {
    const balance = await fundBalance();
    const x = await api.ok('demo-staff', 'fund', 'requestExpense', { communityId: C, amountFen: balance + 1, purpose: '超支测试' });
    await api.ok('demo-committee', 'fund', 'decideExpense', { communityId: C, expenseId: x.id, approve: true });
    await api.ok('committee-1', 'fund', 'decideExpense', { communityId: C, expenseId: x.id, approve: true });
    expect((await api.err('demo-staff', 'fund', 'payExpense', { communityId: C, expenseId: x.id })).code).toBe('FUND.INSUFFICIENT');
    expect(await fundBalance()).toBe(balance);
  });

  it('is rejected by one committee no, visibly', async () => {
    const x = await api.ok('demo-staff', 'fund', 'requestExpense', { communityId: C, amountFen: 90_000, purpose: '宣传横幅' });
    const r = await api.ok('committee-2', 'fund', 'decideExpense', { communityId: C, expenseId: x.id, approve: false, note: '可用旧横幅' });
    expect(r.status).toBe('rejected');
    const rejected = await api.ok('demo-resident', 'fund', 'expenses', { communityId: C, status: 'rejected' });
    expect(rejected[0].approvals[0]).toMatchObject({ decision: 'reject', note: '可用旧横幅' });
  });
});

describe(`the points shop on ${engine}`, () => {
  it('lets exactly 50 of 100 concurrent redemptions at 10 points through a 500-point balance', async () => {
    const [p] = await addResidents(t.db, C, 'shop', 1);
    await giveResidentPoints(p, 500);
    const item = await addItem('测试商品甲', 1000);
    const results = await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        api.raw('shop', { action: 'redeem', data: { communityId: C, itemId: item.id }, requestKey: `redeem-${i}-key` }, p),
      ),
    );
    const codes = results.map((r) => (r.reply.ok ? 'ok' : r.reply.error.code));
    expect(codes.filter((c) => c === 'ok')).toHaveLength(50);
    expect(codes.filter((c) => c === 'POINTS.INSUFFICIENT')).toHaveLength(50);
    expect((await api.ok(p, 'points', 'mine', { communityId: C })).balance).toBe(0);
    const [stock] = await query<{ stock: number }>(t.db, sql`select stock from shop_items where id = ${item.id}`);
    expect(stock.stock).toBe(950);
  });

  it('gives an item with stock 10 to exactly 10 of 50 racing buyers', async () => {
    const buyers = await addResidents(t.db, C, 'race', 50);
    for (const b of buyers) await giveResidentPoints(b, 10);
    const item = await addItem('测试商品乙', 10);
    const results = await Promise.all(
      buyers.map((b) => api.raw('shop', { action: 'redeem', data: { communityId: C, itemId: item.id }, requestKey: `race-${b}` }, b)),
    );
    const codes = results.map((r) => (r.reply.ok ? 'ok' : r.reply.error.code));
    expect(codes.filter((c) => c === 'ok')).toHaveLength(10);
    expect(codes.filter((c) => c === 'SHOP.OUT_OF_STOCK')).toHaveLength(40);
    const [stock] = await query<{ stock: number }>(t.db, sql`select stock from shop_items where id = ${item.id}`);
    expect(stock.stock).toBe(0);
    // Losers kept their points.
    const balances = await Promise.all(buyers.map((b) => api.ok(b, 'points', 'mine', { communityId: C })));
    expect(balances.filter((b) => b.balance === 10)).toHaveLength(40);
  });

  it('lets only the merchant of the item fulfil it, once; a cancelled one refunds points and stock', async () => {
    await giveResidentPoints('demo-elder', 30);
    const item = await addItem('测试商品丙', 5, 10, 500);
    const fundBefore = await fundBalance();
    const a = await api.ok('demo-elder', 'shop', 'redeem', { communityId: C, itemId: item.id });
    const b = await api.ok('demo-elder', 'shop', 'redeem', { communityId: C, itemId: item.id });
    expect(await fundBalance()).toBe(fundBefore - 1000);
    expect((await api.err('merchant-1', 'shop', 'fulfil', { communityId: C, code: a.code })).code).toBe('SHOP.NOT_YOUR_ITEM');
    expect((await api.ok('demo-merchant', 'shop', 'fulfil', { communityId: C, code: a.code.toLowerCase() })).status).toBe('fulfilled');
    expect((await api.err('demo-merchant', 'shop', 'fulfil', { communityId: C, code: a.code })).code).toBe('SHOP.ALREADY_FULFILLED');
    expect((await api.err('demo-elder', 'shop', 'cancelRedemption', { communityId: C, redemptionId: a.id })).code).toBe('SHOP.ALREADY_FULFILLED');
    expect((await api.err('demo-resident', 'shop', 'cancelRedemption', { communityId: C, redemptionId: b.id })).code).toBe('SHOP.REDEMPTION_NOT_FOUND');
    const cancelled = await api.ok('demo-elder', 'shop', 'cancelRedemption', { communityId: C, redemptionId: b.id });
    expect(cancelled.status).toBe('cancelled');
    expect((await api.ok('demo-elder', 'points', 'mine', { communityId: C })).balance).toBe(20);
    expect(await fundBalance()).toBe(fundBefore - 500);
    const [stock] = await query<{ stock: number }>(t.db, sql`select stock from shop_items where id = ${item.id}`);
    expect(stock.stock).toBe(4);
    const mine = await api.ok('demo-merchant', 'shop', 'merchantRedemptions', { communityId: C, status: 'fulfilled' });
    expect(mine.map((m) => m.code)).toContain(a.code);
    const board = await api.ok('demo-resident', 'fund', 'board', { communityId: C });
    expect(board.redemptionsByItem.find((r) => r.title === '测试商品丙')).toMatchObject({ count: 1, points: 10, costFen: 500 });
  });

  it('shows staff which merchant account fulfils an item, so an edit keeps it; residents do not see it', async () => {
    const item = await addItem('测试商品丁', 3);
    const forStaff = (await api.ok('demo-staff', 'shop', 'items', { communityId: C })).find((i) => i.id === item.id)!;
    expect(forStaff.merchantOperator).toEqual({ userId: await userId('demo-merchant'), name: '周国强' });
    const forResident = (await api.ok('demo-elder', 'shop', 'items', { communityId: C })).find((i) => i.id === item.id)!;
    expect(forResident.merchantOperator).toBeNull();
    // Staff change the price, sending back what they were shown: the merchant still fulfils it.
    const { id, merchantOperator, ...rest } = forStaff;
    const edited = await api.ok('demo-staff', 'shop', 'saveItem', {
      communityId: C, itemId: id, ...rest, pointsPrice: 12, merchantUserId: merchantOperator!.userId,
    });
    expect(edited).toMatchObject({ pointsPrice: 12, merchantOperator: { name: '周国强' } });
    await giveResidentPoints('demo-elder', 12);
    const r = await api.ok('demo-elder', 'shop', 'redeem', { communityId: C, itemId: id });
    expect((await api.ok('demo-merchant', 'shop', 'fulfil', { communityId: C, code: r.code })).status).toBe('fulfilled');
  });

  it('exports the month statement as .xlsx for staff', async () => {
    const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(new Date());
    const file = await api.ok('demo-staff', 'fund', 'exportStatement', { communityId: C, month });
    const bytes = Buffer.from(file.base64, 'base64');
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    expect(file.filename).toContain(month);
    const rows = await readXlsx(bytes, 1000);
    expect(rows[1]).toEqual(['时间', '类别', '说明', '收入', '支出']);
    expect(rows[rows.length - 1][0]).toBe('合计');
  });
});
