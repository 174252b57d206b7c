/**
 * Issue 15, a second community without SQL: the operator (by configuration only) creates a community
 * and invites its first admin; invites are single-use and expire; the admin grants and revokes every
 * role (audited, notified, never leaving the community without an admin); fund rules change as
 * versions that never reach back to an expense already requested. Through the real router, on
 * PGlite and on PostgreSQL (DATABASE_URL).
 */
import { sql } from 'drizzle-orm';
import { GRANTED_ROLES, INVITE_ROLES, type GrantedRole } from '@linli/types';
import { query } from '../../server/db/query';
import { seededApi } from './support/seeded';

const DAY = 24 * 3600_000;
let clock = new Date();
const { t, api, userId } = seededApi({ now: () => clock });
const C = 'bijiqiao';
const OPERATOR = 'op-street';

beforeEach(() => {
  process.env.LINLI_OPERATORS = `${OPERATOR}, op-district`;
});
afterAll(() => {
  delete process.env.LINLI_OPERATORS;
});

async function newCommunity(id: string) {
  await api.ok(OPERATOR, 'operator', 'createCommunity', { newId: id, name: `${id}社区`, district: '都江堰市', street: '天马镇' });
  const invite = await api.ok(OPERATOR, 'operator', 'inviteAdmin', { communityId: id });
  return invite;
}

async function inboxKinds(openid: string, communityId: string) {
  return query<{ kind: string; title: string }>(
    t.db,
    sql`select o.kind, o.title from inbox o join users u on u.id = o.user_id
      where u.openid = ${openid} and o.community_id = ${communityId} order by o.created_at`,
  );
}

describe('operator', () => {
  it('is only who LINLI_OPERATORS names: no community role, not even admin, opens it', async () => {
    for (const who of ['demo-admin', 'demo-staff', 'demo-resident']) {
      const e = await api.err(who, 'operator', 'createCommunity', { name: '假社区', district: '青羊区', street: '草堂街道' });
      expect(e).toMatchObject({ status: 403, code: 'ADMIN.NOT_OPERATOR' });
      expect((await api.err(who, 'operator', 'communities', {})).code).toBe('ADMIN.NOT_OPERATOR');
    }
    delete process.env.LINLI_OPERATORS;
    expect((await api.err(OPERATOR, 'operator', 'communities', {})).code).toBe('ADMIN.NOT_OPERATOR');
    process.env.LINLI_OPERATORS = OPERATOR;
    expect((await api.ok(OPERATOR, 'operator', 'communities', {})).map((c) => c.id)).toContain(C);
    const [n] = await query<{ n: number }>(t.db, sql`select count(*)::int as n from communities where name = '假社区'`);
    expect(n.n).toBe(0);
  });

  it('creates a community, lists it with live counts, and its first admin joins by the one-time code', async () => {
    const created = await api.ok(OPERATOR, 'operator', 'createCommunity', {
      newId: 'tianma-a',
      name: '天马社区',
      district: '都江堰市',
      street: '天马镇',
    });
    expect(created).toMatchObject({ id: 'tianma-a', members: 0, admins: 0, openAppeals: 0, events: 0 });
    expect((await api.err(OPERATOR, 'operator', 'createCommunity', { newId: 'tianma-a', name: 'x', district: 'x', street: 'x' })).code).toBe(
      'COMMUNITY.ID_TAKEN',
    );
    const invite = await api.ok(OPERATOR, 'operator', 'inviteAdmin', { communityId: 'tianma-a' });
    expect(invite.code).toMatch(/^[ABCDEFGHJKLMNPQRSTUVWXYZ23456789]{8}$/);
    expect(invite.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    // Only the hash is kept.
    const stored = await query<{ code_hash: string }>(t.db, sql`select code_hash from invites where id = ${invite.id}`);
    expect(stored[0].code_hash).not.toContain(invite.code);

    const joined = await api.ok('tm-admin', 'user', 'redeemInvite', { code: invite.code.toLowerCase(), acceptPrivacy: true });
    expect(joined).toEqual({ communityId: 'tianma-a', communityName: '天马社区', role: 'admin' });
    const me = await api.ok('tm-admin', 'user', 'me', {});
    expect(me.memberships.find((m) => m.communityId === 'tianma-a')?.roles).toEqual(['resident', 'admin']);
    const list = await api.ok(OPERATOR, 'operator', 'communities', {});
    expect(list.find((c) => c.id === 'tianma-a')).toMatchObject({ members: 1, admins: 1 });
    expect((await inboxKinds('tm-admin', 'tianma-a')).map((n) => n.kind)).toEqual(['role_changed']);
  });
});

describe('invites', () => {
  it('are single-use: a second person gets CODE_USED; the same person retrying gets the first reply', async () => {
    const invite = await newCommunity('inv-once');
    await api.ok('once-a', 'user', 'redeemInvite', { code: invite.code, acceptPrivacy: true }, 'k-once-a-1');
    const retry = await api.raw('user', { action: 'redeemInvite', data: { code: invite.code, acceptPrivacy: true }, requestKey: 'k-once-a-1' }, 'once-a');
    expect(retry.reply).toMatchObject({ ok: true, data: { role: 'admin' } });
    expect(await api.err('once-b', 'user', 'redeemInvite', { code: invite.code, acceptPrivacy: true })).toMatchObject({
      status: 409,
      code: 'INVITE.CODE_USED',
    });
    const [n] = await query<{ n: number }>(t.db, sql`select count(*)::int as n from member_roles where community_id = 'inv-once'`);
    expect(n.n).toBe(1);
  });

  it('expire after seven days, and a revoked one is dead at once', async () => {
    const invite = await newCommunity('inv-old');
    const later = await api.ok(OPERATOR, 'operator', 'inviteAdmin', { communityId: 'inv-old' });
    const start = clock;
    clock = new Date(start.getTime() + 7 * DAY + 1000);
    expect((await api.err('old-a', 'user', 'redeemInvite', { code: invite.code, acceptPrivacy: true })).code).toBe('INVITE.CODE_INVALID');
    clock = start;
    await api.ok('old-b', 'user', 'redeemInvite', { code: later.code, acceptPrivacy: true });
    const staffInvite = await api.ok('old-b', 'admin', 'createInvite', { communityId: 'inv-old', inviteRole: 'staff' });
    const listed = await api.ok('old-b', 'admin', 'revokeInvite', { communityId: 'inv-old', inviteId: staffInvite.id });
    expect(listed.find((i) => i.id === staffInvite.id)?.revoked).toBe(true);
    expect((await api.err('old-c', 'user', 'redeemInvite', { code: staffInvite.code, acceptPrivacy: true })).code).toBe('INVITE.CODE_INVALID');
  });

  it('carry every invitable role, and wrong guesses are throttled per person', async () => {
    const invite = await newCommunity('inv-roles');
    await api.ok('roles-admin', 'user', 'redeemInvite', { code: invite.code, acceptPrivacy: true });
    for (const role of INVITE_ROLES) {
      const i = await api.ok('roles-admin', 'admin', 'createInvite', { communityId: 'inv-roles', inviteRole: role });
      expect(await api.ok(`invitee-${role}`, 'user', 'redeemInvite', { code: i.code, acceptPrivacy: true })).toMatchObject({ role });
    }
    const members = await api.ok('roles-admin', 'admin', 'members', { communityId: 'inv-roles', search: '' });
    expect(members.map((m) => m.roles[1]).sort()).toEqual([...INVITE_ROLES, 'admin'].sort());

    for (let n = 0; n < 5; n++) {
      expect((await api.err('guesser', 'user', 'redeemInvite', { code: `ZZZZZZZ${n + 2}`, acceptPrivacy: true })).code).toBe('INVITE.CODE_INVALID');
    }
    const fresh = await api.ok('roles-admin', 'admin', 'createInvite', { communityId: 'inv-roles', inviteRole: 'staff' });
    // Even the right code is refused while the guesser's budget is spent.
    expect(await api.err('guesser', 'user', 'redeemInvite', { code: fresh.code, acceptPrivacy: true })).toMatchObject({
      status: 429,
      code: 'INVITE.TOO_MANY_TRIES',
    });
    clock = new Date(clock.getTime() + 16 * 60_000);
    expect(await api.ok('guesser', 'user', 'redeemInvite', { code: fresh.code, acceptPrivacy: true })).toMatchObject({ role: 'staff' });
  });
});

describe('roles', () => {
  it('the admin grants and revokes every role, each audited and notified; nobody else may', async () => {
    const invite = await newCommunity('roles-all');
    await api.ok('ra-admin', 'user', 'redeemInvite', { code: invite.code, acceptPrivacy: true });
    // A plain resident joins through an invite as merchant, then loses it: a member with no role.
    const mi = await api.ok('ra-admin', 'admin', 'createInvite', { communityId: 'roles-all', inviteRole: 'merchant' });
    await api.ok('ra-person', 'user', 'redeemInvite', { code: mi.code, acceptPrivacy: true });
    await api.ok('ra-admin', 'user', 'updateProfile', { name: '林主任' });
    await api.ok('ra-person', 'user', 'updateProfile', { name: '唐小华', phone: '13900000011' });
    const person = await userId('ra-person');
    await api.ok('ra-admin', 'admin', 'revokeRole', { communityId: 'roles-all', memberId: person, memberRole: 'merchant' });
    const found = await api.ok('ra-admin', 'admin', 'members', { communityId: 'roles-all', search: '0011' });
    expect(found).toEqual([expect.objectContaining({ userId: person, name: '唐小华', phoneMasked: '139****0011', roles: ['resident'] })]);

    for (const role of GRANTED_ROLES) {
      const m = await api.ok('ra-admin', 'admin', 'grantRole', { communityId: 'roles-all', memberId: person, memberRole: role });
      expect(m.roles).toContain(role);
      expect((await api.err('ra-admin', 'admin', 'grantRole', { communityId: 'roles-all', memberId: person, memberRole: role })).code).toBe(
        'ADMIN.ROLE_HELD',
      );
    }
    // Every role but admin, holding it, still may not grant or revoke.
    const holders: Record<string, GrantedRole> = {};
    for (const role of GRANTED_ROLES.filter((r) => r !== 'admin')) {
      const openid = `ra-${role}`;
      const i = await api.ok('ra-admin', 'admin', 'createInvite', { communityId: 'roles-all', inviteRole: role === 'volunteer' ? 'staff' : role });
      await api.ok(openid, 'user', 'redeemInvite', { code: i.code, acceptPrivacy: true });
      if (role === 'volunteer') {
        const id = await userId(openid);
        await api.ok('ra-admin', 'admin', 'revokeRole', { communityId: 'roles-all', memberId: id, memberRole: 'staff' });
        await api.ok('ra-admin', 'admin', 'grantRole', { communityId: 'roles-all', memberId: id, memberRole: 'volunteer' });
      }
      holders[openid] = role;
    }
    for (const openid of [...Object.keys(holders), 'demo-admin']) {
      for (const action of ['grantRole', 'revokeRole'] as const) {
        const e = await api.err(openid, 'admin', action, { communityId: 'roles-all', memberId: person, memberRole: 'staff' });
        expect(e.code).toBe(openid === 'demo-admin' ? 'COMMUNITY.NOT_MEMBER' : 'AUTH.FORBIDDEN');
      }
    }
    for (const role of GRANTED_ROLES) {
      const m = await api.ok('ra-admin', 'admin', 'revokeRole', { communityId: 'roles-all', memberId: person, memberRole: role });
      expect(m.roles).not.toContain(role);
    }
    expect((await api.err('ra-admin', 'admin', 'revokeRole', { communityId: 'roles-all', memberId: person, memberRole: 'staff' })).code).toBe(
      'ADMIN.ROLE_NOT_HELD',
    );
    const notices = await inboxKinds('ra-person', 'roles-all');
    // Invite (merchant), its revocation, then a grant and a revocation per role.
    expect(notices.filter((n) => n.kind === 'role_changed')).toHaveLength(2 + 2 * GRANTED_ROLES.length);
    expect(notices.some((n) => n.title === '您已成为微网格员')).toBe(true);
    const log = await api.ok('ra-admin', 'audit', 'list', { communityId: 'roles-all' });
    expect(log.filter((e) => e.action === 'admin.grantRole' && e.targetId === person)).toHaveLength(GRANTED_ROLES.length);
    expect(log.filter((e) => e.action === 'admin.revokeRole' && e.targetId === person)).toHaveLength(GRANTED_ROLES.length + 1);
    expect(log[0].actorName).toBe('林主任');
  });

  it('the last admin cannot revoke themself; with a second admin either may step down', async () => {
    const invite = await newCommunity('roles-last');
    await api.ok('rl-a', 'user', 'redeemInvite', { code: invite.code, acceptPrivacy: true });
    const a = await userId('rl-a');
    expect(await api.err('rl-a', 'admin', 'revokeRole', { communityId: 'roles-last', memberId: a, memberRole: 'admin' })).toMatchObject({
      status: 409,
      code: 'ADMIN.LAST_ADMIN',
    });
    const i = await api.ok('rl-a', 'admin', 'createInvite', { communityId: 'roles-last', inviteRole: 'staff' });
    await api.ok('rl-b', 'user', 'redeemInvite', { code: i.code, acceptPrivacy: true });
    const b = await userId('rl-b');
    await api.ok('rl-a', 'admin', 'grantRole', { communityId: 'roles-last', memberId: b, memberRole: 'admin' });
    await api.ok('rl-a', 'admin', 'revokeRole', { communityId: 'roles-last', memberId: a, memberRole: 'admin' });
    expect((await api.err('rl-a', 'admin', 'members', { communityId: 'roles-last', search: '' })).code).toBe('AUTH.FORBIDDEN');
    expect((await api.err('rl-b', 'admin', 'revokeRole', { communityId: 'roles-last', memberId: b, memberRole: 'admin' })).code).toBe(
      'ADMIN.LAST_ADMIN',
    );
  });
});

describe('fund rules', () => {
  it('change as versions from now on: a pending expense keeps the approvals it was requested under', async () => {
    const before = await api.ok('demo-admin', 'admin', 'rules', { communityId: C });
    expect(before.current).toMatchObject({ approvalsRequired: 2, approvalThresholdFen: 50_000, pointValueFen: 10 });
    const pending = await api.ok('demo-staff', 'fund', 'requestExpense', { communityId: C, amountFen: 120_000, purpose: '老年活动室空调维修' });
    expect(pending).toMatchObject({ status: 'pending', approvalsRequired: 2 });

    clock = new Date(clock.getTime() + 60_000);
    const after = await api.ok('demo-admin', 'admin', 'setRules', {
      communityId: C,
      approvalsRequired: 1,
      approvalThresholdFen: 200_000,
      pointValueFen: 10,
      pointsPerHour: 12,
    });
    expect(after.current).toEqual({ approvalsRequired: 1, approvalThresholdFen: 200_000, pointValueFen: 10, pointsPerHour: 12 });
    expect(after.history[0]).toMatchObject({ approvalsRequired: 1, setByName: '杨书记' });

    // The earlier expense still needs two approvals: one leaves it pending.
    const one = await api.ok('demo-committee', 'fund', 'decideExpense', { communityId: C, expenseId: pending.id, approve: true });
    expect(one).toMatchObject({ status: 'pending', approvalsRequired: 2 });
    // The same amount requested now falls under the new threshold.
    const now = await api.ok('demo-staff', 'fund', 'requestExpense', { communityId: C, amountFen: 120_000, purpose: '新规则下的维修' });
    expect(now).toMatchObject({ status: 'approved', approvalsRequired: 0 });
    const big = await api.ok('demo-staff', 'fund', 'requestExpense', { communityId: C, amountFen: 300_000, purpose: '新规则下的大额' });
    expect(big).toMatchObject({ status: 'pending', approvalsRequired: 1 });

    const log = await api.ok('demo-admin', 'audit', 'list', { communityId: C, action: 'admin.setRules' });
    expect(log[0]).toMatchObject({ before: { approvalsRequired: 2 }, after: { approvalsRequired: 1, approvalThresholdFen: 200_000 } });
  });

  it('refuse a start in the past; a future version waits for its time', async () => {
    const base = { communityId: C, approvalsRequired: 3, approvalThresholdFen: 100_000, pointValueFen: 10, pointsPerHour: 10 };
    expect(
      (await api.err('demo-admin', 'admin', 'setRules', { ...base, effectiveFrom: new Date(clock.getTime() - DAY).toISOString() })).code,
    ).toBe('ADMIN.RULES_IN_PAST');
    const from = new Date(clock.getTime() + DAY);
    const v = await api.ok('demo-admin', 'admin', 'setRules', { ...base, effectiveFrom: from.toISOString() });
    expect(v.current.approvalsRequired).toBe(1);
    expect(v.history[0]).toMatchObject({ approvalsRequired: 3, effectiveFrom: from.toISOString() });
    const x = await api.ok('demo-staff', 'fund', 'requestExpense', { communityId: C, amountFen: 150_000, purpose: '明天之前' });
    expect(x).toMatchObject({ status: 'approved' });
    clock = new Date(from.getTime() + 1000);
    const y = await api.ok('demo-staff', 'fund', 'requestExpense', { communityId: C, amountFen: 150_000, purpose: '明天之后' });
    expect(y).toMatchObject({ status: 'pending', approvalsRequired: 3 });
    expect((await api.err('demo-staff', 'admin', 'setRules', base)).code).toBe('AUTH.FORBIDDEN');
  });
});

describe('estates', () => {
  it('the admin adds an estate with its buildings and residents can pick it when joining', async () => {
    const invite = await newCommunity('est-a');
    await api.ok('est-admin', 'user', 'redeemInvite', { code: invite.code, acceptPrivacy: true });
    const list = await api.ok('est-admin', 'admin', 'saveEstate', { communityId: 'est-a', name: '天马新居', buildings: ['1栋', '2栋'] });
    expect(list).toEqual([expect.objectContaining({ name: '天马新居', buildings: ['1栋', '2栋'] })]);
    const id = list[0].id;
    await api.ok('est-admin', 'admin', 'saveEstate', { communityId: 'est-a', estateId: id, name: '天马新居', buildings: ['1栋', '2栋', '3栋'] });
    expect((await api.err('est-admin', 'admin', 'saveEstate', { communityId: 'est-a', name: '天马新居', buildings: [] })).code).toBe(
      'COMMUNITY.ESTATE_NAME_TAKEN',
    );
    const m = await api.ok('est-resident', 'user', 'join', { communityId: 'est-a', estateId: id, building: '3栋', unit: '1单元', acceptPrivacy: true });
    expect(m).toMatchObject({ estateName: '天马新居', building: '3栋' });
  });
});
