/** Yuan typed by staff become exact integer fen: no floating point on money. */
import { compactFen, fenToYuanText, parseYuanToFen, parseYuanToFenOrZero } from '@/features/fund';
import { toDonationInput } from '@/features/fund';

it('turns typed yuan into fen with string arithmetic', () => {
  expect(parseYuanToFen('12.3')).toBe(1230);
  expect(parseYuanToFen('12.34')).toBe(1234);
  expect(parseYuanToFen('0.05')).toBe(5);
  expect(parseYuanToFen('500')).toBe(50000);
  expect(parseYuanToFen(' 1234.56 ')).toBe(123456);
  // 0.29 * 100 is 28.999999999999996 in floating point.
  expect(parseYuanToFen('0.29')).toBe(29);
  expect(parseYuanToFen('1.10')).toBe(110);
  expect(parseYuanToFen('100000000')).toBe(10_000_000_000);
});

it('refuses what is not an amount of money', () => {
  for (const bad of [
    '1.234',
    '-1',
    'abc',
    '',
    '0',
    '0.00',
    '1.',
    '.5',
    '1,000',
    '1e3',
    '¥5',
    '100000000.01',
    '1000000000',
  ])
    expect([bad, parseYuanToFen(bad)]).toEqual([bad, null]);
});

it('allows zero only where the contract does, and writes fen back for the input box', () => {
  expect(parseYuanToFenOrZero('0')).toBe(0);
  expect(parseYuanToFenOrZero('15')).toBe(1500);
  expect(parseYuanToFenOrZero('-1')).toBeNull();
  expect(fenToYuanText(1234)).toBe('12.34');
  expect(fenToYuanText(5)).toBe('0.05');
  expect(compactFen(2_528_050)).toBe('¥2.5万');
  expect(compactFen(85_000)).toBe('¥850');
});

it('builds a donation for the contract, or says what is missing', () => {
  const base = {
    source: 'merchant' as const,
    form: 'cash' as const,
    donorName: ' 蜀香面馆 ',
    publicConsent: true,
    amount: '500',
    itemsDesc: '',
    evidenceUrl: '',
  };
  expect(toDonationInput(base)).toEqual({
    source: 'merchant',
    form: 'cash',
    donorName: '蜀香面馆',
    publicConsent: true,
    amountFen: 50000,
  });
  expect(toDonationInput({ ...base, amount: '1.234' })).toContain('最多两位小数');
  expect(toDonationInput({ ...base, form: 'in_kind' })).toContain('请写明捐赠的物资');
  expect(toDonationInput({ ...base, evidenceUrl: 'http://x' })).toContain('https://');
});
