/**
 * Appeal deadlines as timestamps, fixed when they start to run: accept within N working days
 * (Mon–Fri, in China time) of submission, finish within N calendar days of acceptance.
 * Public holidays are not modelled; a community that wants slack sets a longer deadline.
 */
const DAY = 86_400_000;
const CHINA = 8 * 3600_000;

/** Day of week of an instant in China time (0 = Sunday). */
function chinaWeekday(t: number): number {
  return new Date(t + CHINA).getUTCDay();
}

/** `from` moved forward by `days` working days, at the same time of day (Fri 10:00 + 1 → Mon 10:00). */
export function addWorkingDays(from: Date, days: number): Date {
  let t = from.getTime();
  let left = days;
  while (left > 0) {
    t += DAY;
    const wd = chinaWeekday(t);
    if (wd !== 0 && wd !== 6) left--;
  }
  return new Date(t);
}

export function addDays(from: Date, days: number): Date {
  return new Date(from.getTime() + days * DAY);
}

/** YYYY-MM of an instant in China time. */
export function chinaMonth(d: Date): string {
  return new Date(d.getTime() + CHINA).toISOString().slice(0, 7);
}

/** [start, end) of a YYYY-MM month in China time, as instants. */
export function monthBounds(month: string): { start: Date; end: Date } {
  const [y, m] = month.split('-').map(Number);
  return { start: new Date(Date.UTC(y, m - 1, 1) - CHINA), end: new Date(Date.UTC(y, m, 1) - CHINA) };
}

/** The `n` months ending with `month`, oldest first. */
export function monthsBack(month: string, n: number): string[] {
  const [y, m] = month.split('-').map(Number);
  return Array.from({ length: n }, (_, i) => {
    const d = new Date(Date.UTC(y, m - 1 - (n - 1 - i), 1));
    return d.toISOString().slice(0, 7);
  });
}
