/** Confirmed service time as people say it: 200 → "3 小时 20 分", 45 → "0 小时 45 分". */
export function formatMinutes(minutes: number): string {
  const m = Math.max(0, Math.round(minutes));
  return `${Math.floor(m / 60)} 小时 ${m % 60} 分`;
}
