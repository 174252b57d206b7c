import { eventTimeProblem } from '@linli/types';

const ok = {
  signupOpensAt: '2026-10-01T00:00:00Z',
  signupClosesAt: '2026-10-20T00:00:00Z',
  cancelDeadline: '2026-10-19T00:00:00Z',
  startsAt: '2026-10-23T03:30:00Z',
  endsAt: '2026-10-23T06:30:00Z',
};

test('sensible times pass, and each broken rule is named in words staff understand', () => {
  expect(eventTimeProblem(ok)).toBeNull();
  expect(eventTimeProblem({ ...ok, endsAt: ok.startsAt })).toBe('结束时间要晚于开始时间');
  expect(eventTimeProblem({ ...ok, signupClosesAt: ok.signupOpensAt })).toBe('报名截止要晚于报名开始');
  expect(eventTimeProblem({ ...ok, signupClosesAt: '2026-10-24T00:00:00Z' })).toBe('报名截止不能晚于活动开始');
  expect(eventTimeProblem({ ...ok, cancelDeadline: '2026-10-24T00:00:00Z' })).toBe('取消截止不能晚于活动开始');
});
