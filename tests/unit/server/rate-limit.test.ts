import { RateLimiter } from '../../../server/runtime/rate-limit';

it('allows a burst of 4× the rate per caller, then refuses until tokens refill', () => {
  let now = 0;
  const limiter = new RateLimiter(5, () => now);
  const granted = Array.from({ length: 25 }, () => limiter.take('a')).filter(Boolean).length;
  expect(granted).toBe(20);
  expect(limiter.take('b')).toBe(true); // another caller is not affected
  now += 1000;
  expect(Array.from({ length: 10 }, () => limiter.take('a')).filter(Boolean).length).toBe(5);
});
