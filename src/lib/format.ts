import { local } from './dayjs';

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];

/** Integer fen → "¥1,234.50" (negative → "-¥12.00"). */
export function formatFen(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(Math.round(fen));
  const yuan = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = String(abs % 100).padStart(2, '0');
  return `${sign}¥${yuan}.${cents}`;
}

/** "10月29日 周三 11:30" in Asia/Shanghai. */
export function formatDateTime(iso: string): string {
  const d = local(iso);
  return `${d.month() + 1}月${d.date()}日 ${WEEKDAYS[d.day()]} ${d.format('HH:mm')}`;
}

/** "10月29日 周三". */
export function formatDate(iso: string): string {
  const d = local(iso);
  return `${d.month() + 1}月${d.date()}日 ${WEEKDAYS[d.day()]}`;
}

/** "11:30–14:00", or the end's date too when the event spans days. */
export function formatTimeRange(startIso: string, endIso: string): string {
  const s = local(startIso);
  const e = local(endIso);
  const end = s.isSame(e, 'day') ? e.format('HH:mm') : formatDateTime(endIso);
  return `${formatDateTime(startIso)}–${end}`;
}

/** Points with a sign for ledger lines: "+20" / "-5". */
export function formatPoints(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}
