/** Reading grids: each with its buildings, workers, households and open appeals. */
import { sql } from 'drizzle-orm';
import type { BuildingRef, GridView } from '@linli/types';
import type { Executor } from '../../db/client';
import { query } from '../../db/query';
import { appeals, estates, gridBuildings, gridWorkers, grids, members, users } from '../../db/schema';
import { maskPhone } from '../shared/mask';

export async function gridViews(db: Executor, communityId: string, onlyIds?: string[]): Promise<GridView[]> {
  if (onlyIds && onlyIds.length === 0) return [];
  const only = onlyIds ? sql`and g.id in (${sql.join(onlyIds.map((i) => sql`${i}`), sql`, `)})` : sql``;
  const [list, buildings, workers, counts] = await Promise.all([
    query<{ id: string; name: string }>(db, sql`select g.id, g.name from ${grids} g where g.community_id = ${communityId} ${only} order by g.name`),
    query<{ grid_id: string; estate_id: string; estate_name: string; building: string }>(
      db,
      sql`select gb.grid_id, gb.estate_id, e.name as estate_name, gb.building from ${gridBuildings} gb
        join ${estates} e on e.community_id = gb.community_id and e.id = gb.estate_id
        where gb.community_id = ${communityId} order by e.name, length(gb.building), gb.building`,
    ),
    query<{ grid_id: string; user_id: string; name: string; phone: string | null }>(
      db,
      sql`select w.grid_id, w.user_id, coalesce(u.name, u.nickname) as name, u.phone from ${gridWorkers} w
        join ${users} u on u.id = w.user_id where w.community_id = ${communityId} order by w.added_at, u.name`,
    ),
    query<{ grid_id: string; households: number; open: number }>(
      db,
      sql`select gb.grid_id,
          (select count(*) from ${members} m where m.community_id = gb.community_id and m.estate_id = gb.estate_id and m.building = gb.building)::int as households,
          (select count(*) from ${appeals} a where a.community_id = gb.community_id and a.grid_id = gb.grid_id
             and a.estate_id = gb.estate_id and a.building = gb.building and a.status <> 'closed')::int as open
        from ${gridBuildings} gb where gb.community_id = ${communityId}`,
    ),
  ]);
  return list.map((g) => ({
    id: g.id,
    name: g.name,
    buildings: buildings
      .filter((b) => b.grid_id === g.id)
      .map((b): BuildingRef => ({ estateId: b.estate_id, estateName: b.estate_name, building: b.building })),
    workers: workers
      .filter((w) => w.grid_id === g.id)
      .map((w) => ({ userId: w.user_id, name: w.name, phoneMasked: maskPhone(w.phone) })),
    households: counts.filter((c) => c.grid_id === g.id).reduce((n, c) => n + c.households, 0),
    openAppeals: counts.filter((c) => c.grid_id === g.id).reduce((n, c) => n + c.open, 0),
  }));
}

/** Buildings of the community's estates that no grid holds. */
export async function unassignedBuildings(db: Executor, communityId: string): Promise<BuildingRef[]> {
  const rows = await query<{ estate_id: string; estate_name: string; building: string }>(
    db,
    sql`select e.id as estate_id, e.name as estate_name, b.building
      from ${estates} e cross join lateral jsonb_array_elements_text(e.buildings) as b(building)
      where e.community_id = ${communityId}
        and not exists (select 1 from ${gridBuildings} gb where gb.community_id = e.community_id
          and gb.estate_id = e.id and gb.building = b.building)
      order by e.name, length(b.building), b.building`,
  );
  return rows.map((r) => ({ estateId: r.estate_id, estateName: r.estate_name, building: r.building }));
}
