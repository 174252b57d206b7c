/**
 * The rules an event's times keep, once: the staff form checks them before sending (with these
 * words) and the server checks them again on create and update (`EVENTS.INVALID_TIMES`).
 */
export const EVENT_TIME_FIELDS = ['startsAt', 'endsAt', 'signupOpensAt', 'signupClosesAt', 'cancelDeadline'] as const;
export type EventTimeField = (typeof EVENT_TIME_FIELDS)[number];

type At = (field: EventTimeField) => number;

const RULES: { holds: (t: At) => boolean; problem: string }[] = [
  { holds: (t) => t('endsAt') > t('startsAt'), problem: '结束时间要晚于开始时间' },
  { holds: (t) => t('signupClosesAt') > t('signupOpensAt'), problem: '报名截止要晚于报名开始' },
  { holds: (t) => t('signupClosesAt') <= t('startsAt'), problem: '报名截止不能晚于活动开始' },
  { holds: (t) => t('cancelDeadline') <= t('startsAt'), problem: '取消截止不能晚于活动开始' },
];

/** The first broken rule in words, or null when the times make sense. Times as ISO strings or dates. */
export function eventTimeProblem(times: Record<EventTimeField, string | Date>): string | null {
  const t: At = (f) => new Date(times[f]).getTime();
  return RULES.find((r) => !r.holds(t))?.problem ?? null;
}
