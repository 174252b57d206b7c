/**
 * 户 (household) rows: one per estate + building + unit + room in a community, created the first time an address
 * names it and never deleted. Callers pass a room already normalised by the contract's `roomNumber`.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { households } from '../../db/schema';
import type { Executor } from '../../db/client';

export interface HouseholdAddress {
  estateId: string;
  building: string;
  /** '' or null when the building has no units. */
  unit: string | null;
  room: string;
}

const keyOf = (a: HouseholdAddress) => [a.estateId, a.building, a.unit ?? '', a.room].join('\u0000');

/**
 * The household ids of these addresses, creating the missing ones. Safe under concurrency: a racing insert of the
 * same address does nothing (ON CONFLICT) and the id is read back.
 */
export async function ensureHouseholds(
  db: Executor,
  communityId: string,
  addresses: HouseholdAddress[],
): Promise<Map<string, string>> {
  const unique = [...new Map(addresses.map((a) => [keyOf(a), a])).values()];
  const out = new Map<string, string>();
  for (let i = 0; i < unique.length; i += 500) {
    const batch = unique.slice(i, i + 500);
    await db
      .insert(households)
      .values(batch.map((a) => ({ communityId, estateId: a.estateId, building: a.building, unit: a.unit ?? '', room: a.room })))
      .onConflictDoNothing();
    const rows = await db
      .select({
        id: households.id,
        estateId: households.estateId,
        building: households.building,
        unit: households.unit,
        room: households.room,
      })
      .from(households)
      .where(
        and(
          eq(households.communityId, communityId),
          inArray(households.estateId, [...new Set(batch.map((a) => a.estateId))]),
          inArray(households.room, [...new Set(batch.map((a) => a.room))]),
        ),
      );
    // Narrowed by estate and room in SQL, exactly here: a 500-tuple row IN list crashed PGlite (WebAssembly abort).
    const wanted = new Set(batch.map(keyOf));
    for (const r of rows) if (wanted.has(keyOf(r))) out.set(keyOf(r), r.id);
  }
  return out;
}

/** The household id of one address, created when new. */
export async function householdOf(db: Executor, communityId: string, address: HouseholdAddress): Promise<string> {
  const ids = await ensureHouseholds(db, communityId, [address]);
  const id = ids.get(keyOf(address));
  if (!id) throw new Error('household missing right after ensureHouseholds');
  return id;
}

export { keyOf as householdKey };
