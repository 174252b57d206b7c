import { ageThisYear, eligibility } from '../../../server/domain/events/eligibility';

const now = new Date('2026-11-23T12:00:00Z');
const event = {
  status: 'published',
  signupOpensAt: new Date('2026-11-20T00:00:00Z'),
  signupClosesAt: new Date('2026-12-01T00:00:00Z'),
  minAge: 60,
  estateIds: [] as string[],
};
const codes = (e: Partial<typeof event>, p: { birthYear: number | null; estateId: string | null }, at = now) =>
  eligibility({ event: { ...event, ...e }, person: p, now: at }).map((r) => r.code);

it('counts age by the calendar year in China', () => {
  expect(ageThisYear(1966, now)).toBe(60);
  // 2026-12-31 17:00 UTC is already 2027 in Shanghai.
  expect(ageThisYear(1967, new Date('2026-12-31T17:00:00Z'))).toBe(60);
});

it('lets a 60-year-old in and keeps a 59-year-old out, asking for a birth year when unknown', () => {
  expect(codes({}, { birthYear: 1966, estateId: null })).toEqual([]);
  expect(codes({}, { birthYear: 1967, estateId: null })).toEqual(['EVENTS.TOO_YOUNG']);
  expect(codes({}, { birthYear: null, estateId: null })).toEqual(['EVENTS.BIRTH_YEAR_REQUIRED']);
});

it('explains the window and estate rules, each with a Chinese message', () => {
  expect(codes({}, { birthYear: 1950, estateId: null }, new Date('2026-11-19T00:00:00Z'))).toEqual(['EVENTS.NOT_OPEN_YET']);
  expect(codes({}, { birthYear: 1950, estateId: null }, new Date('2026-12-01T00:00:00Z'))).toEqual(['EVENTS.CLOSED']);
  expect(codes({ estateIds: ['a'] }, { birthYear: 1950, estateId: 'b' })).toEqual(['EVENTS.ESTATE_NOT_ELIGIBLE']);
  expect(codes({ status: 'cancelled' }, { birthYear: 1950, estateId: null })).toEqual(['EVENTS.NOT_PUBLISHED']);
  const [reason] = eligibility({ event: { ...event, minAge: 70 }, person: { birthYear: 1960, estateId: null }, now });
  expect(reason.message).toMatch(/年龄/);
});
