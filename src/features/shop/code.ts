/** "ab12 cd34" / "AB12-CD34" → "AB12CD34"; null unless it is 8 letters or digits. */
export function normalizeRedemptionCode(text: string): string | null {
  const code = text.replace(/[\s-]/g, '').toUpperCase();
  return /^[A-Z0-9]{8}$/.test(code) ? code : null;
}

/** "AB12CD34" → "AB12 CD34": easier to read aloud at the counter. */
export function spacedCode(code: string): string {
  return code.length === 8 ? `${code.slice(0, 4)} ${code.slice(4)}` : code;
}

export const REDEMPTION_LABELS = { reserved: '待核销', fulfilled: '已核销', cancelled: '已取消' } as const;
/** The badge's tone (src/app.css): amber waiting, green done, grey no. */
export const REDEMPTION_TONES = { reserved: 'wait', fulfilled: 'done', cancelled: 'off' } as const;
