import type { EventSummary } from '@linli/types';

/**
 * The one event 首页 offers a direct 报名 button for: open for sign-up now, with a seat (or a waiting
 * list), and not closed to the person by age. Age-limited events (the 重阳宴) come first: they are
 * the ones our older residents open the app for.
 */
export function featuredEvent(
  events: EventSummary[],
  birthYear: number | null,
  now: Date,
  /** Events the person already holds a place at: still featured (to show the seat), whatever else. */
  registered: ReadonlySet<string> = new Set(),
): EventSummary | null {
  const t = now.getTime();
  const age = birthYear ? now.getFullYear() - birthYear : null;
  const open = events.filter(
    (e) =>
      (registered.has(e.id) && e.minAge !== null) ||
      (e.status === 'published' &&
        Date.parse(e.signupOpensAt) <= t &&
        t < Date.parse(e.signupClosesAt) &&
        (e.seatsLeft > 0 || e.waitlistEnabled) &&
        (e.minAge === null || (age !== null && age >= e.minAge))),
  );
  return open.find((e) => e.minAge !== null) ?? null;
}
