/**
 * Every action × every kind of caller → allowed, or refused with 401/403 and a code. The expected
 * access of each action is written down here by hand: a new action without an entry fails, and an
 * action whose real access drifts from its entry fails.
 */
import { listActions, type Role } from '@linli/types';
import { seedDemo } from '../../../server/seed/seed';
import { caller, freshKey } from '../support/call';
import { validSample } from '../support/samples';
import { createTestDb, type TestDb } from '../support/test-db';
import { C, SUBJECTS, createSubjects, openidOf, type Subject } from './subjects';

/** `operator`: only an openid in LINLI_OPERATORS (none of the subjects), whatever its community roles. */
type Expect = 'public' | 'user' | 'member' | 'operator' | Role[];
const STAFF: Role[] = ['staff', 'admin'];
/** Those who handle appeals: grid workers and staff. */
const HANDLERS: Role[] = ['grid_worker', 'staff', 'admin'];
const EXPECTED: Record<string, Expect> = {
  'community.list': 'public',
  'community.estates': 'public',
  'community.home': 'member',
  'user.me': 'user',
  'user.join': 'user',
  'user.updateProfile': 'user',
  'user.myData': 'user',
  'user.deleteMe': 'user',
  'user.redeemInvite': 'user',
  'user.confirmPcLogin': ['staff', 'admin', 'grid_worker', 'committee'],
  'user.pcSessions': 'user',
  'user.endPcSession': 'user',
  'events.list': 'member',
  'events.detail': 'member',
  'events.signup': 'member',
  'events.mine': 'member',
  'events.cancelRegistration': 'member',
  'events.ticket': 'member',
  'events.claimProxy': 'member',
  'events.volunteerSignup': ['volunteer'],
  'events.cancelShift': 'member',
  'events.proxySignup': ['grid_worker', 'staff'],
  'events.staffList': STAFF,
  'events.create': STAFF,
  'events.update': STAFF,
  'events.publish': STAFF,
  'events.cancel': STAFF,
  'events.finish': STAFF,
  'events.roster': STAFF,
  'events.checkInByCode': STAFF,
  'events.checkInByRoster': STAFF,
  'events.shifts': STAFF,
  'events.shiftCheckIn': STAFF,
  'events.shiftCheckOut': STAFF,
  'events.adjustShift': STAFF,
  'events.confirmAttendance': STAFF,
  'events.exportRoster': STAFF,
  'roster.template': STAFF,
  'roster.dryRun': STAFF,
  'roster.commit': STAFF,
  'announcements.list': 'member',
  'announcements.detail': 'member',
  'announcements.markRead': 'member',
  'announcements.post': STAFF,
  'announcements.withdraw': STAFF,
  'fund.card': 'member',
  'fund.board': 'member',
  'fund.recordDonation': STAFF,
  'fund.requestExpense': STAFF,
  'fund.decideExpense': ['committee'],
  'fund.payExpense': STAFF,
  'fund.expenses': 'member',
  'fund.exportStatement': ['staff', 'admin', 'committee'],
  'points.mine': 'member',
  'points.history': 'member',
  'points.certificate': 'member',
  'points.apply': 'member',
  'points.myApplication': 'member',
  'points.applications': STAFF,
  'points.review': STAFF,
  'points.award': STAFF,
  'points.deduct': STAFF,
  'points.overview': ['staff', 'admin', 'committee'],
  'points.residents': STAFF,
  'points.ledger': STAFF,
  'points.invariants': ['staff', 'admin', 'committee'],
  'shop.items': 'member',
  'shop.redeem': 'member',
  'shop.myRedemptions': 'member',
  'shop.cancelRedemption': 'member',
  'shop.fulfil': ['merchant'],
  'shop.merchantRedemptions': ['merchant'],
  'shop.saveItem': STAFF,
  'audit.list': ['admin'],
  'family.overview': 'member',
  'family.createCode': 'member',
  'family.link': 'member',
  'family.unlink': 'member',
  'family.signupFor': 'member',
  'family.registrations': 'member',
  'family.ticket': 'member',
  'notices.list': 'member',
  'notices.unread': 'member',
  'notices.markRead': 'member',
  'notices.markAllRead': 'member',
  'notices.consent': 'member',
  'notices.preferences': 'member',
  'notices.familyCopies': 'member',
  'notices.smsOptOut': 'member',
  'files.register': 'member',
  'appeals.categories': 'member',
  'appeals.saveCategory': STAFF,
  'appeals.submit': 'member',
  'appeals.mine': 'member',
  'appeals.detail': 'member',
  'appeals.rate': 'member',
  'appeals.reopen': 'member',
  'appeals.recordOnBehalf': HANDLERS,
  'appeals.listForMe': HANDLERS,
  'appeals.accept': HANDLERS,
  'appeals.assign': STAFF,
  'appeals.addProgress': HANDLERS,
  'appeals.close': HANDLERS,
  'appeals.assignees': STAFF,
  'appeals.sortIntoList': STAFF,
  'appeals.linkProject': STAFF,
  'appeals.report': 'member',
  'appeals.exportReport': STAFF,
  'grids.list': STAFF,
  'grids.create': STAFF,
  'grids.update': STAFF,
  'grids.myGrid': ['grid_worker'],
  'surveys.current': 'member',
  'surveys.rate': 'member',
  'surveys.roster': HANDLERS,
  'surveys.enterPaper': HANDLERS,
  'surveys.rounds': 'member',
  'surveys.cadres': STAFF,
  'surveys.openRound': STAFF,
  'surveys.addTarget': STAFF,
  'surveys.removeTarget': STAFF,
  'surveys.closeRound': STAFF,
  'surveys.results': 'member',
  'surveys.setThreshold': ['admin'],
  'admin.members': ['admin'],
  'admin.grantRole': ['admin'],
  'admin.revokeRole': ['admin'],
  'admin.invites': ['admin'],
  'admin.createInvite': ['admin'],
  'admin.revokeInvite': ['admin'],
  'admin.rules': ['admin'],
  'admin.setRules': ['admin'],
  'admin.saveEstate': ['admin'],
  'operator.communities': 'operator',
  'operator.createCommunity': 'operator',
  'operator.inviteAdmin': 'operator',
  'deliberation.list': 'member',
  'deliberation.detail': 'member',
  'deliberation.vote': 'member',
  'deliberation.create': STAFF,
  'deliberation.close': STAFF,
  'deliberation.resolve': STAFF,
  'deliberation.link': STAFF,
  'deliberation.roster': HANDLERS,
  'deliberation.enterPaper': HANDLERS,
  'deliberation.households': HANDLERS,
  'deliberation.setAddress': STAFF,
};

function expected(e: Expect, s: Subject): 'allowed' | 401 | 403 {
  if (e === 'public') return 'allowed';
  if (s === 'none') return 401;
  if (e === 'user') return 'allowed';
  if (e === 'operator') return 403;
  if (s === 'outsider') return 403;
  if (e === 'member') return 'allowed';
  return e.includes(s as Role) ? 'allowed' : 403;
}

const DENIALS = new Set(['AUTH.REQUIRED', 'AUTH.FORBIDDEN', 'COMMUNITY.NOT_MEMBER', 'ADMIN.NOT_OPERATOR', 'PC.STAFF_ONLY']);

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
  await seedDemo(t.db);
  await createSubjects(t.db);
});
afterAll(() => t.drop());

it('has an expected-access entry for every action of the contract, and none for actions that do not exist', () => {
  const actual = listActions().map((a) => `${a.fn}.${a.action}`);
  expect(actual.filter((a) => !(a in EXPECTED))).toEqual([]);
  expect(Object.keys(EXPECTED).filter((k) => !actual.includes(k))).toEqual([]);
});

it('answers every action × caller as expected: allowed, or 401/403 with a code', async () => {
  const api = caller(t.db);
  // Deleting one's own data goes last: it removes the caller.
  const actions = listActions().sort((a, b) => Number(a.action === 'deleteMe') - Number(b.action === 'deleteMe'));
  const mismatches: string[] = [];
  let calls = 0;
  for (const { fn, action, spec } of actions) {
    const data = validSample(spec, { communityId: C });
    for (const s of SUBJECTS) {
      const res = await api.raw(fn, { action, data, requestKey: spec.mutating ? freshKey() : undefined }, openidOf(s));
      calls++;
      const code = res.reply.ok ? null : res.reply.error.code;
      const got = code && DENIALS.has(code) ? res.status : 'allowed';
      const want = expected(EXPECTED[`${fn}.${action}`], s);
      if (got !== want) mismatches.push(`${fn}.${action} as ${s}: expected ${want}, got ${got} (${code ?? 'ok'})`);
      if (res.status >= 500) mismatches.push(`${fn}.${action} as ${s}: ${res.status} ${code}`);
      if (got === 401) expect(code).toBe('AUTH.REQUIRED');
    }
  }
  console.log(`role matrix: ${actions.length} actions × ${SUBJECTS.length} callers = ${calls} calls`);
  expect(mismatches).toEqual([]);
});
