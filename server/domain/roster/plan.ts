/**
 * The dry run's decisions, row by row, from the sheet and the community as it stands: nothing is written here.
 * A row is keyed by its phone, or by name + household when it has none; that key makes a re-import a no-op.
 */
import crypto from 'node:crypto';
import { eq } from 'drizzle-orm';
import {
  householdLabel,
  normalizeRoom,
  ROOM_PATTERN,
  type ImportOutcome,
  type ImportReason,
  type ImportRowPlan,
} from '@linli/types';
import type { Executor } from '../../db/client';
import { estates, households, members, users } from '../../db/schema';
import { householdKey, type HouseholdAddress } from '../households/households.repository';
import { maskPhone } from '../shared/mask';
import type { SheetRow } from './sheet';

export interface PlannedRow extends ImportRowPlan {
  /** Set for rows to create. */
  create?: { name: string; phone: string | null; birthYear: number | null; address: HouseholdAddress };
}

export interface Plan {
  rows: PlannedRow[];
  counts: Record<ImportOutcome, number>;
  newHouseholds: number;
  hash: string;
}

/** Full-width digits and letters to half-width, spaces out. */
const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, '');

function normalizePhone(raw: string): string | null | 'bad' {
  const p = squash(raw)
    .replace(/[-()（）]/g, '')
    .replace(/^\+?86(?=1\d{10}$)/, '');
  if (p === '') return null;
  return /^1\d{10}$/.test(p) ? p : 'bad';
}

/** "3" → "3栋" when the estate names its buildings that way; otherwise the exact name. */
function matchBuilding(buildings: string[], raw: string): string | null {
  const b = squash(raw);
  if (buildings.includes(b)) return b;
  const digits = b.replace(/^(\d+)(号楼|栋|幢|号)?$/, '$1');
  return buildings.find((x) => x.replace(/(号楼|栋|幢|号)$/, '') === digits) ?? null;
}

function normalizeUnit(raw: string): string | null {
  const u = squash(raw);
  if (u === '') return null;
  return /^\d+$/.test(u) ? `${u}单元` : u.slice(0, 20);
}

function wechat(raw: string): boolean | null {
  const w = squash(raw);
  if (/^(是|有|Y|YES|1|√)$/i.test(w)) return true;
  if (/^(否|无|没有|N|NO|0|×)$/i.test(w)) return false;
  return null;
}

export async function planImport(
  db: Executor,
  communityId: string,
  sheet: SheetRow[],
  now: Date,
): Promise<Plan> {
  const estateRows = await db
    .select({ id: estates.id, name: estates.name, buildings: estates.buildings })
    .from(estates)
    .where(eq(estates.communityId, communityId));
  const estateByName = new Map(estateRows.flatMap((e) => [[squash(e.name), e] as const, [e.id, e] as const]));
  const existingHouseholds = new Map(
    (
      await db
        .select({
          id: households.id,
          estateId: households.estateId,
          building: households.building,
          unit: households.unit,
          room: households.room,
        })
        .from(households)
        .where(eq(households.communityId, communityId))
    ).map((h) => [householdKey(h), h.id]),
  );
  const registered = await db
    .select({ phone: users.phone, name: users.name, householdId: members.householdId })
    .from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .where(eq(members.communityId, communityId));
  const phones = new Set(registered.flatMap((r) => (r.phone ? [r.phone] : [])));
  const namesInHousehold = new Set(
    registered.flatMap((r) => (r.householdId && r.name ? [`${r.name}\u0000${r.householdId}`] : [])),
  );

  const firstRowOf = new Map<string, number>();
  const newHouseholds = new Set<string>();
  const thisYear = Number(
    new Intl.DateTimeFormat('en', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(now),
  );
  const rows: PlannedRow[] = sheet.map(({ row, cells }) => {
    const name = cells.name.normalize('NFC').replace(/\s+/g, ' ').trim().slice(0, 20);
    const phone = normalizePhone(cells.phone);
    const estate = estateByName.get(squash(cells.estate));
    const building = estate ? matchBuilding(estate.buildings, cells.building) : null;
    const unit = normalizeUnit(cells.unit);
    const room = normalizeRoom(cells.room);
    const address =
      estate && building
        ? householdLabel({ estateName: estate.name, building, unit, room })
        : [cells.estate, cells.building, cells.unit, cells.room].filter(Boolean).join(' ');
    const base = {
      row,
      name,
      phoneMasked: phone && phone !== 'bad' ? maskPhone(phone) : null,
      address,
      hasWechat: wechat(cells.wechat),
      detail: null,
    };
    const out = (outcome: ImportOutcome, reason: ImportReason, detail: string | null = null): PlannedRow => ({
      ...base,
      outcome,
      reason,
      detail,
    });

    if (!name) return out('reject', 'missing_name');
    if (phone === 'bad') return out('reject', 'bad_phone', cells.phone);
    const birth = squash(cells.birthYear).replace(/年$/, '');
    const birthYear = birth === '' ? null : Number(birth);
    if (birthYear !== null && !(Number.isInteger(birthYear) && birthYear >= 1900 && birthYear <= thisYear))
      return out('reject', 'bad_birth_year', cells.birthYear);
    if (!estate) return out('reject', 'unknown_estate', cells.estate || null);
    if (!building) return out('reject', 'unknown_building', cells.building || null);
    if (!ROOM_PATTERN.test(room)) return out('reject', 'bad_room', cells.room || null);

    const hh: HouseholdAddress = { estateId: estate.id, building, unit, room };
    const hhKey = householdKey(hh);
    const key = phone ? `p:${phone}` : `n:${name}\u0000${hhKey}`;
    const first = firstRowOf.get(key);
    if (first !== undefined) return out('reject', 'duplicate_in_sheet', `与第 ${first} 行重复`);
    firstRowOf.set(key, row);
    const hhId = existingHouseholds.get(hhKey);
    if (phone ? phones.has(phone) : hhId !== undefined && namesInHousehold.has(`${name}\u0000${hhId}`))
      return out('skip', 'already_registered');
    if (hhId === undefined) newHouseholds.add(hhKey);
    return { ...out('create', 'new'), create: { name, phone, birthYear, address: hh } };
  });

  const counts = { create: 0, skip: 0, reject: 0 };
  for (const r of rows) counts[r.outcome]++;
  const hash = crypto
    .createHash('sha256')
    .update(JSON.stringify(rows.map((r) => [r.row, r.outcome, r.reason, r.create ?? null])))
    .digest('hex');
  return { rows, counts, newHouseholds: newHouseholds.size, hash };
}
