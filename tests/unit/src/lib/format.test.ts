import { formatDate, formatDateTime, formatFen, formatPoints, formatTimeRange } from '@/lib/format';

describe('formatFen', () => {
  it.each([
    [123450, '¥1,234.50'],
    [0, '¥0.00'],
    [5, '¥0.05'],
    [99, '¥0.99'],
    [100000000, '¥1,000,000.00'],
    [-1200, '-¥12.00'],
  ])('%d fen → %s', (fen, text) => {
    expect(formatFen(fen)).toBe(text);
  });
});

describe('dates in Asia/Shanghai', () => {
  it('shows a UTC timestamp as Chengdu wall-clock time with the weekday', () => {
    expect(formatDateTime('2025-10-29T03:30:00Z')).toBe('10月29日 周三 11:30');
  });

  it('moves to the next day when UTC is still the evening before', () => {
    expect(formatDateTime('2025-10-28T16:30:00Z')).toBe('10月29日 周三 00:30');
    expect(formatDate('2025-10-28T16:30:00Z')).toBe('10月29日 周三');
  });

  it('shows only the end time when an event ends the same day', () => {
    expect(formatTimeRange('2025-10-29T03:30:00Z', '2025-10-29T06:00:00Z')).toBe('10月29日 周三 11:30–14:00');
  });

  it('signs points', () => {
    expect(formatPoints(20)).toBe('+20');
    expect(formatPoints(-5)).toBe('-5');
  });
});
