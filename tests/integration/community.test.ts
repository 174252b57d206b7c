/** The resident's path: join a community, see its home page, profile and points. */
import { DONATIONS, EXPENSES } from '../../server/seed/demo-data';
import { seededApi } from './support/seeded';

const C = 'bijiqiao';

const { api } = seededApi();

it('shows the demo community with 重阳敬老宴 and the fund balance on the home page', async () => {
  const home = await api.ok('demo-elder', 'community', 'home', { communityId: C });
  expect(home.community.name).toBe('碧鸡桥社区');
  expect(home.upcoming.map((e) => e.title)).toContain('重阳敬老宴');
  const cash = DONATIONS.filter((d) => d.form === 'cash');
  const total = cash.reduce((s, d) => s + d.amountFen, 0);
  const spent = EXPENSES.filter((x) => x.pay).reduce((s, x) => s + x.amountFen, 0);
  expect(home.fund).toEqual({ balanceFen: total - spent, donationsFen: total, spentFen: spent, donationCount: cash.length });
  const banquet = home.upcoming.find((e) => e.title === '重阳敬老宴')!;
  expect(banquet).toMatchObject({ capacity: 600, seatsLeft: 600, minAge: 60 });
});

it('lets a new person join, pick an estate and then see the community', async () => {
  const fresh = 'newcomer-001';
  expect((await api.ok(fresh, 'user', 'me', {})).memberships).toEqual([]);
  expect((await api.err(fresh, 'community', 'home', { communityId: C })).code).toBe('COMMUNITY.NOT_MEMBER');
  const estates = await api.ok(fresh, 'community', 'estates', { communityId: C });
  expect(estates.map((e) => e.name)).toContain('碧鸡苑');
  const m = await api.ok(fresh, 'user', 'join', {
    communityId: C,
    estateId: estates[0].id,
    building: '3栋',
    unit: '2单元',
    acceptPrivacy: true,
  });
  expect(m).toMatchObject({ communityId: C, communityName: '碧鸡桥社区', roles: ['resident'], building: '3栋' });
  expect((await api.ok(fresh, 'community', 'home', { communityId: C })).community.name).toBe('碧鸡桥社区');
});

it('refuses to join without accepting the privacy terms or with an estate of another community', async () => {
  const input = { communityId: C, estateId: 'bijiyuan', building: '1栋', unit: '1单元' };
  expect((await api.err('newcomer-002', 'user', 'join', { ...input, acceptPrivacy: false })).code).toBe('INPUT.INVALID');
  expect((await api.err('newcomer-002', 'user', 'join', { ...input, estateId: 'o1', acceptPrivacy: true })).code).toBe(
    'COMMUNITY.ESTATE_NOT_FOUND',
  );
  expect((await api.ok('newcomer-002', 'user', 'me', {})).memberships).toEqual([]);
});

it('masks the phone in the profile and lists roles per community', async () => {
  const me = await api.ok('demo-admin', 'user', 'me', {});
  expect(me.phoneMasked).toBe('138****0008');
  expect(me.memberships[0].roles.sort()).toEqual(['admin', 'resident', 'staff']);
  const updated = await api.ok('demo-admin', 'user', 'updateProfile', { phone: '13912345678' }, 'profile-key-1');
  expect(updated.phoneMasked).toBe('139****5678');
  expect((await api.err('demo-admin', 'user', 'updateProfile', { phone: '12345' })).code).toBe('INPUT.INVALID');
});

it('starts everyone at zero points with an empty history', async () => {
  expect(await api.ok('demo-volunteer', 'points', 'mine', { communityId: C })).toEqual({
    balance: 0,
    earnedTotal: 0,
    spentTotal: 0,
    serviceMinutes: 0,
    recent: [],
    moreCursor: null,
  });
});
