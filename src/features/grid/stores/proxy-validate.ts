import type { ProxyInput } from '../services/grid.service';

export interface ProxyForm {
  eventId: string | null;
  name: string;
  estateId: string | null;
  building: string | null;
  unit: string;
  birthYear: string;
  phone: string;
  partySize: number;
}

export const emptyForm: ProxyForm = {
  eventId: null,
  name: '',
  estateId: null,
  building: null,
  unit: '',
  birthYear: '',
  phone: '',
  partySize: 1,
};

/** "1" → "1单元"; anything else as typed. */
export function normalizeUnit(unit: string): string {
  const u = unit.trim();
  return /^\d+$/.test(u) ? `${u}单元` : u;
}

/** Everything a grid worker can get wrong, said in words before anything is sent. */
export function validateProxy(
  communityId: string,
  f: ProxyForm,
  thisYear = new Date().getFullYear(),
): ProxyInput | string {
  if (!f.eventId) return '请先选择活动';
  const name = f.name.trim();
  if (!name) return '请填写老人的姓名';
  if (name.length > 20) return '姓名最多 20 个字';
  if (!f.estateId) return '请选择小区';
  if (!f.building) return '请选择楼栋';
  const unit = normalizeUnit(f.unit);
  if (!unit) return '请填写单元，例如 1单元';
  if (unit.length > 20) return '单元最多 20 个字';
  const year = Number(f.birthYear.trim());
  if (!/^\d{4}$/.test(f.birthYear.trim()) || year < 1900 || year > thisYear)
    return '出生年份请填写 4 位数字，例如 1948';
  const phone = f.phone.trim();
  if (phone && !/^1\d{10}$/.test(phone)) return '手机号请填写 11 位数字，没有可不填';
  const input: ProxyInput = {
    communityId,
    eventId: f.eventId,
    name,
    estateId: f.estateId,
    building: f.building,
    unit,
    birthYear: year,
    partySize: f.partySize,
  };
  if (phone) input.phone = phone;
  return input;
}
