/**
 * The event form as staff type it (strings, China time) and its conversion to the contract's fields.
 * Times are held as "2025-10-29 11:30" in Asia/Shanghai (UTC+8, no daylight saving), picked with the
 * date and time pickers.
 */
import { eventTimeProblem, type EstateBrief, type EventCategory, type EventDetail } from '@linli/types';
import { local } from '@/lib/dayjs';
import type { EventFieldsInput } from '../services/manage.service';

export interface RoleRow {
  id?: string;
  name: string;
  quota: string;
  pointsPerHour: string;
}

export const TIME_FIELDS = [
  'startsAt',
  'endsAt',
  'signupOpensAt',
  'signupClosesAt',
  'cancelDeadline',
] as const;
export type TimeField = (typeof TIME_FIELDS)[number];

export interface EventFormValues extends Record<TimeField, string> {
  title: string;
  body: string;
  category: EventCategory;
  place: string;
  coverUrl: string;
  capacity: string;
  waitlistEnabled: boolean;
  maxPartySize: string;
  minAge: string;
  estateIds: string[];
  attendancePoints: string;
  reminderHours: string;
  volunteerRoles: RoleRow[];
}

export const TIME_LABELS: Record<TimeField, string> = {
  startsAt: '开始时间',
  endsAt: '结束时间',
  signupOpensAt: '报名开始',
  signupClosesAt: '报名截止',
  cancelDeadline: '取消截止',
};

const fmt = (iso: string | Date) => local(iso).format('YYYY-MM-DD HH:mm');

/** "2025-10-29 11:30" (China time) → ISO UTC, or null when it is not a real time. */
export function parseChinaTime(text: string): string | null {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})\s+(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const [y, mo, d, h, mi] = m.slice(1).map(Number);
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59) return null;
  const ms = Date.UTC(y, mo - 1, d, h - 8, mi);
  const back = new Date(ms + 8 * 3600_000);
  if (back.getUTCDate() !== d) return null; // 2月30日
  return new Date(ms).toISOString();
}

/** A new event a week from now, 9:00–11:00, sign-up open now until the day before. */
export function blankForm(now = new Date()): EventFormValues {
  const start = local(now).add(7, 'day').hour(9).minute(0).second(0);
  return {
    title: '',
    body: '',
    category: 'culture',
    place: '',
    coverUrl: '',
    startsAt: fmt(start.toDate()),
    endsAt: fmt(start.add(2, 'hour').toDate()),
    signupOpensAt: fmt(now),
    signupClosesAt: fmt(start.subtract(1, 'day').toDate()),
    cancelDeadline: fmt(start.subtract(1, 'day').toDate()),
    capacity: '50',
    waitlistEnabled: true,
    maxPartySize: '1',
    minAge: '',
    estateIds: [],
    attendancePoints: '5',
    reminderHours: '24',
    volunteerRoles: [],
  };
}

/** The detail carries estate names only; map them back through the community's estates. */
export function formFromDetail(d: EventDetail, estates: EstateBrief[]): EventFormValues {
  return {
    title: d.title,
    body: d.body,
    category: d.category,
    place: d.place,
    coverUrl: d.coverUrl ?? '',
    startsAt: fmt(d.startsAt),
    endsAt: fmt(d.endsAt),
    signupOpensAt: fmt(d.signupOpensAt),
    signupClosesAt: fmt(d.signupClosesAt),
    cancelDeadline: fmt(d.cancelDeadline),
    capacity: String(d.capacity),
    waitlistEnabled: d.waitlistEnabled,
    maxPartySize: String(d.maxPartySize),
    minAge: d.minAge ? String(d.minAge) : '',
    estateIds: estates.filter((e) => d.estateNames.includes(e.name)).map((e) => e.id),
    attendancePoints: String(d.attendancePoints),
    reminderHours: String(d.reminderHours),
    volunteerRoles: d.volunteerRoles.map((r) => ({
      id: r.id,
      name: r.name,
      quota: String(r.quota),
      pointsPerHour: String(r.pointsPerHour),
    })),
  };
}

function int(text: string, label: string, min: number, max: number): number | string {
  const n = Number(text.trim());
  if (!/^\d+$/.test(text.trim()) || n < min || n > max) return `${label}请填写 ${min}–${max} 之间的整数`;
  return n;
}

/** The contract's fields, or the first problem in words. */
export function toFields(v: EventFormValues): EventFieldsInput | string {
  if (!v.title.trim()) return '请填写活动名称';
  if (v.title.trim().length > 60) return '活动名称最多 60 个字';
  if (!v.place.trim()) return '请填写活动地点';
  const cover = v.coverUrl.trim();
  if (cover && !/^(https:\/\/|cloud:\/\/|\/)/.test(cover)) return '封面图片地址要以 https:// 开头';
  const times = {} as Record<TimeField, string>;
  for (const f of TIME_FIELDS) {
    const iso = parseChinaTime(v[f]);
    if (!iso) return `请选择${TIME_LABELS[f]}的日期和时间`;
    times[f] = iso;
  }
  const timeProblem = eventTimeProblem(times);
  if (timeProblem) return timeProblem;
  const nums = {
    capacity: int(v.capacity, '名额', 1, 100_000),
    maxPartySize: int(v.maxPartySize, '每人最多带几人', 1, 10),
    attendancePoints: int(v.attendancePoints, '出席积分', 0, 1000),
    reminderHours: int(v.reminderHours, '提前提醒小时数', 0, 168),
  };
  for (const n of Object.values(nums)) if (typeof n === 'string') return n;
  let minAge: number | null = null;
  if (v.minAge.trim()) {
    const a = int(v.minAge, '最低年龄', 1, 120);
    if (typeof a === 'string') return a;
    minAge = a;
  }
  const roles: EventFieldsInput['volunteerRoles'] = [];
  for (const r of v.volunteerRoles) {
    if (!r.name.trim()) return '志愿岗位请填写名称';
    const quota = int(r.quota, `岗位“${r.name.trim()}”的人数`, 1, 1000);
    // Blank: the community's standard (基金规则) for a new role; a saved role keeps its own.
    const pph = r.pointsPerHour.trim() ? int(r.pointsPerHour, `岗位“${r.name.trim()}”的每小时积分`, 0, 100) : undefined;
    if (typeof quota === 'string') return quota;
    if (typeof pph === 'string') return pph;
    roles.push({ ...(r.id ? { id: r.id } : {}), name: r.name.trim(), quota, ...(pph === undefined ? {} : { pointsPerHour: pph }) });
  }
  return {
    title: v.title.trim(),
    body: v.body.trim(),
    category: v.category,
    place: v.place.trim(),
    coverUrl: cover || null,
    ...times,
    capacity: nums.capacity as number,
    waitlistEnabled: v.waitlistEnabled,
    maxPartySize: nums.maxPartySize as number,
    minAge,
    estateIds: v.estateIds,
    attendancePoints: nums.attendancePoints as number,
    reminderHours: nums.reminderHours as number,
    volunteerRoles: roles,
  };
}
