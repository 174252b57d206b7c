/**
 * A resident's 民心测评 tap through the real transport: a rating whose answer was lost is sent again
 * with the same request key (so the server answers the first reply instead of "已经评价过"), and once
 * answered the target shows as rated.
 */
import Taro from '@tarojs/taro';
import type { SurveyForRater } from '@linli/types';
import { cloudSettings } from '@/lib/cloud';
import { useSurveyRateStore } from '@/features/surveys';

const request = Taro.request as unknown as jest.Mock;
type Sent = { data: { action: string; data: Record<string, unknown>; requestKey?: string } };
const answer = (data: unknown) =>
  Promise.resolve({ statusCode: 200, data: { ok: true, data }, header: {}, errMsg: 'ok' });

const open: SurveyForRater = {
  round: {
    id: 'r-1',
    title: '2026年第四季度',
    status: 'open',
    openedAt: '2026-10-01T00:00:00.000Z',
    closedAt: null,
    raters: 0,
    targets: [
      { id: 't-1', kind: 'cadre', name: '杨书记', about: '社区党委书记', photoUrl: null, appealId: null },
      { id: 't-2', kind: 'project', name: '垃圾房改造', about: '', photoUrl: null, appealId: null },
    ],
  },
  ratedTargetIds: [],
  lastClosed: null,
};

beforeAll(() => {
  cloudSettings.retryDelaysMs = [0, 0];
});
afterEach(() => {
  useSurveyRateStore.getState().reset();
  request.mockReset();
});

it('sends a retried rating with the same request key, then shows the target as rated', async () => {
  let failing = true;
  request.mockImplementation((opts: Sent) => {
    if (opts.data.action === 'current') return answer(open);
    if (failing) return Promise.reject(new Error('request:fail timeout'));
    return answer({ roundId: 'r-1', ratedTargetIds: ['t-1'], remaining: 1 });
  });
  const store = useSurveyRateStore.getState();
  await store.load('bijiqiao');
  store.setWords('t-1', '  开坝坝会时愿意听大家说 ');
  await useSurveyRateStore.getState().rate('bijiqiao', 't-1', 'satisfied');
  expect(useSurveyRateStore.getState().actionError).toBeTruthy();
  expect(useSurveyRateStore.getState().data?.ratedTargetIds).toEqual([]);

  failing = false;
  await useSurveyRateStore.getState().rate('bijiqiao', 't-1', 'satisfied');
  const sends = request.mock.calls.map((c) => (c[0] as Sent).data).filter((d) => d.action === 'rate');
  expect(new Set(sends.map((d) => d.requestKey)).size).toBe(1);
  expect(sends.at(-1)!.data).toEqual({
    communityId: 'bijiqiao',
    roundId: 'r-1',
    targetId: 't-1',
    choice: 'satisfied',
    words: '开坝坝会时愿意听大家说',
  });
  const s = useSurveyRateStore.getState();
  expect(s.data?.ratedTargetIds).toEqual(['t-1']);
  expect(s.actionDone).toBe('已提交对“杨书记”的评价（满意），还有 1 项');
});

it('a different choice for the same target is a new intent with a new key', async () => {
  request.mockImplementation((opts: Sent) =>
    opts.data.action === 'current'
      ? answer(open)
      : Promise.resolve({
          statusCode: 409,
          data: {
            ok: false,
            error: { code: 'SURVEYS.ALREADY_RATED', message: '已经评价过这一项了，每人每轮只能评一次' },
          },
          header: {},
          errMsg: 'ok',
        }),
  );
  await useSurveyRateStore.getState().load('bijiqiao');
  await useSurveyRateStore.getState().rate('bijiqiao', 't-2', 'basic');
  await useSurveyRateStore.getState().rate('bijiqiao', 't-2', 'dissatisfied');
  const keys = request.mock.calls
    .map((c) => (c[0] as Sent).data)
    .filter((d) => d.action === 'rate')
    .map((d) => d.requestKey);
  expect(keys).toHaveLength(2);
  expect(keys[0]).not.toBe(keys[1]);
  expect(useSurveyRateStore.getState().actionError).toContain('已经评价过这一项了');
});
