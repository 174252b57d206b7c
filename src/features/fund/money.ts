/**
 * Yuan typed by a person → integer fen, with string arithmetic only (never 12.34 * 100, which is
 * 1233.9999…). "12.3" → 1230, "0.05" → 5, "500" → 50000. Null for anything else: more than two
 * decimals, a sign, letters, zero, or more than the contract allows (¥100,000,000).
 */
export const MAX_FEN = 100_000_000_00;

export function parseYuanToFen(text: string): number | null {
  const m = /^(\d{1,9})(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!m) return null;
  const fen = Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
  return fen >= 1 && fen <= MAX_FEN ? fen : null;
}

/** Same rules, but 0 is allowed (an item the fund pays nothing for). */
export function parseYuanToFenOrZero(text: string): number | null {
  const t = text.trim();
  if (/^0+(\.0{1,2})?$/.test(t)) return 0;
  return parseYuanToFen(t);
}

/** Integer fen → "12.34" for an input box (no ¥, no commas). */
export function fenToYuanText(fen: number): string {
  return `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}

/** Short labels for chart bars: ¥850, ¥1.2万. */
export function compactFen(fen: number): string {
  const yuan = fen / 100;
  if (yuan >= 10_000) return `¥${(Math.round(yuan / 1000) / 10).toString()}万`;
  return `¥${Math.round(yuan)}`;
}
