/**
 * A mutation tried again after a lost answer is a retry, not a second record: every store sends the
 * same request key until the server answers. Through the real transport (lib/cloud.ts) with Taro.request
 * failing for the whole first send (each attempt of it), then answering.
 */
import Taro from '@tarojs/taro';
import type { VolunteerApplicationView } from '@linli/types';
import { cloudSettings } from '@/lib/cloud';
import { useManageStore } from '@/features/staff';
import { blankForm } from '@/features/staff/stores/event-form-model';
import { useExpensesStore } from '@/features/fund/stores/expenses-store';
import { useMeStore } from '@/features/me/stores/me-store';
import { useApplicationsStore } from '@/features/points/stores/applications-store';
import { useMerchantStore } from '@/features/shop/stores/merchant-store';
import { useMyRedemptionsStore } from '@/features/shop/stores/my-redemptions-store';
import { useEventDetailStore } from '@/features/events/stores/event-detail-store';
import { useProxyStore } from '@/features/grid/stores/proxy-store';
import { useJoinStore } from '@/features/join/stores/join-store';
import { useInboxStore } from '@/features/notices/stores/inbox-store';
import { eventDetail, me, registration } from '../fixtures';
import { expense, redemption } from '../packages/fixtures';

const request = Taro.request as unknown as jest.Mock;
type Sent = { data: { action: string; requestKey?: string } };

beforeAll(() => {
  cloudSettings.retryDelaysMs = [0, 0];
});

const answer = (data: unknown) =>
  Promise.resolve({ statusCode: 200, data: { ok: true, data }, header: {}, errMsg: 'ok' });

/** The first send fails on every attempt (the person sees "网络不太好"); the next one gets `reply`. */
async function failOnceThenAnswer(action: string, reply: unknown, tap: () => Promise<unknown>) {
  let failing = true;
  request.mockImplementation((opts: Sent) => {
    // A reload after the mutation (a list) gets an empty answer.
    if (opts.data.action !== action) return answer([]);
    if (failing) return Promise.reject(new Error('request:fail timeout'));
    return answer(reply);
  });
  const keys = () =>
    request.mock.calls
      .map((c) => (c[0] as Sent).data)
      .filter((d) => d.action === action)
      .map((d) => d.requestKey);
  await tap();
  const first = keys();
  failing = false;
  await tap();
  const retry = keys().at(-1);
  return { first, retry };
}

const application: VolunteerApplicationView = {
  id: 'app-1',
  userId: 'u-1',
  realName: '陈静',
  phone: '13800000000',
  status: 'approved',
  reviewNote: null,
  createdAt: '2025-10-01T00:00:00.000Z',
  reviewedAt: null,
} as unknown as VolunteerApplicationView;

const cases: Array<[string, string, unknown, () => void, () => Promise<unknown>, () => unknown]> = [
  [
    'the staff event form (create)',
    'create',
    eventDetail({ id: 'ev-new', status: 'draft' }),
    () => useManageStore.setState({ form: { ...blankForm(), title: '重阳敬老宴', place: '社区食堂' } }),
    () => useManageStore.getState().save('bjq'),
    () => useManageStore.getState().eventId,
  ],
  [
    'an expense decision',
    'decideExpense',
    expense({ id: 'x-1', status: 'approved' }),
    () => useExpensesStore.setState({ items: [expense({ id: 'x-1' })] }),
    () => useExpensesStore.getState().decide('bjq', expense({ id: 'x-1' }), true),
    () => useExpensesStore.getState().actionDone,
  ],
  [
    'an expense payment',
    'payExpense',
    expense({ id: 'x-1', status: 'paid' }),
    () => useExpensesStore.setState({ items: [expense({ id: 'x-1', status: 'approved' })] }),
    () => useExpensesStore.getState().pay('bjq', expense({ id: 'x-1', status: 'approved' })),
    () => useExpensesStore.getState().actionDone,
  ],
  [
    'the profile',
    'updateProfile',
    me({ name: '张秀英' }),
    () => undefined,
    () => useMeStore.getState().saveProfile({ name: '张秀英', birthYear: 1950 }),
    () => useMeStore.getState().saveError === null,
  ],
  [
    'a volunteer application review',
    'review',
    application,
    () => useApplicationsStore.setState({ items: [application] }),
    () => useApplicationsStore.getState().review('bjq', application, true),
    () => useApplicationsStore.getState().actionDone,
  ],
  [
    'a merchant fulfilling a code',
    'fulfil',
    redemption({ id: 'r-1', status: 'fulfilled' }),
    () => useMerchantStore.setState({ code: 'AB12CD34' }),
    () => useMerchantStore.getState().fulfil('bjq'),
    () => useMerchantStore.getState().result,
  ],
  [
    'cancelling a redemption',
    'cancelRedemption',
    redemption({ id: 'r-1', status: 'cancelled' }),
    () => useMyRedemptionsStore.setState({ items: [redemption({ id: 'r-1' })] }),
    () => useMyRedemptionsStore.getState().cancel('bjq', redemption({ id: 'r-1' })),
    () => useMyRedemptionsStore.getState().actionDone,
  ],
  [
    'an event sign-up',
    'signup',
    registration({ id: 'reg-9' }),
    () => useEventDetailStore.setState({ detail: eventDetail(), partySize: 2 }),
    () => useEventDetailStore.getState().signup('bjq'),
    () => useEventDetailStore.getState().result,
  ],
  [
    'a proxy sign-up',
    'proxySignup',
    { registration: registration(), claimCode: 'AB12CD34' },
    () =>
      useProxyStore.setState({
        form: {
          eventId: 'ev-cyy',
          name: '王桂兰',
          estateId: 'bijiyuan',
          building: '5栋',
          unit: '1',
          birthYear: '1948',
          phone: '',
          partySize: 1,
        },
      }),
    () => useProxyStore.getState().submit('bjq'),
    () => useProxyStore.getState().result,
  ],
  [
    'joining a community',
    'join',
    { communityId: 'bjq', roles: ['resident'] },
    () =>
      useJoinStore.setState({
        agreed: true,
        communityId: 'bjq',
        estateId: 'est-1',
        building: '3栋',
        unit: '2单元',
        room: '302',
      }),
    () => useJoinStore.getState().submit(),
    () => useJoinStore.getState().error === null,
  ],
  [
    "turning on a relative's notice copies",
    'familyCopies',
    { consents: [], familyCopies: [], smsOptOut: false },
    () => undefined,
    () => useInboxStore.getState().setCopies('bjq', 'link-1', true),
    () => useInboxStore.getState().prefs,
  ],
];

it.each(cases)(
  'retrying %s after a lost answer sends the same request key',
  async (_, action, reply, arrange, tap, done) => {
    arrange();
    const { first, retry } = await failOnceThenAnswer(action, reply, tap);
    expect(first).toHaveLength(3); // the transport's own retries, all under one key
    expect(new Set(first).size).toBe(1);
    expect(first[0]).toEqual(expect.any(String));
    expect(retry).toBe(first[0]);
    expect(done()).toBeTruthy();
  },
);

it('a changed form is a new intent: the event form sent with another title gets a new key', async () => {
  useManageStore.setState({ form: { ...blankForm(), title: '重阳敬老宴', place: '社区食堂' } });
  request.mockRejectedValue(new Error('request:fail timeout'));
  await useManageStore.getState().save('bjq');
  const first = (request.mock.calls.at(-1)![0] as Sent).data.requestKey;
  useManageStore.getState().setForm({ title: '重阳敬老宴（改期）' });
  await useManageStore.getState().save('bjq');
  expect((request.mock.calls.at(-1)![0] as Sent).data.requestKey).not.toBe(first);
});
