/** 13800000001 → 138****0001. Phones are shown whole only to staff who need them. */
export function maskPhone(phone: string | null | undefined): string | null {
  if (!phone) return null;
  return phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****';
}

/** 张秀英 → 张*英, 李明 → 李*. */
export function maskName(name: string | null | undefined): string | null {
  if (!name) return null;
  const chars = [...name];
  if (chars.length <= 1) return name;
  if (chars.length === 2) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}
