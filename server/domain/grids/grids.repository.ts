/** Reading grids: each with its buildings, workers, households and open appeals. */
import { sql } from 'drizzle-orm';
import type { BuildingRef, GridView } from '@linli/types';
import type { Executor } from '../../db/client';
import { bare, query } from '../../db/query';
import { appeals, estates, gridBuildings, gridWorkers, grids, members, users } from '../../db/schema';
import { maskPhone } from '../shared/mask';

export async function gridViews(db: Executor, communityId: string, onlyIds?: string[]): Promise<GridView[]> {
  if (onlyIds && onlyIds.length === 0) return [];
  const only = onlyIds ? sql`and g.${bare(grids.id)} in (${sql.join(onlyIds.map((i) => sql`${i}`), sql`, `)})` : sql``;
  const [list, buildings, workers, counts] = await Promise.all([
    query<{ id: string; name: string }>(db, sql`select g.${bare(grids.id)}, g.${bare(grids.name)} from ${grids} g where g.${bare(grids.communityId)} = ${communityId} ${only} order by g.${bare(grids.name)}`),
    query<{ grid_id: string; estate_id: string; estate_name: string; building: string }>(
      db,
      sql`select gb.${bare(gridBuildings.gridId)}, gb.${bare(gridBuildings.estateId)}, e.${bare(estates.name)} as estate_name, gb.${bare(gridBuildings.building)} from ${gridBuildings} gb
        join ${estates} e on e.${bare(estates.communityId)} = gb.${bare(gridBuildings.communityId)} and e.${bare(estates.id)} = gb.${bare(gridBuildings.estateId)}
        where gb.${bare(gridBuildings.communityId)} = ${communityId} order by e.${bare(estates.name)}, length(gb.${bare(gridBuildings.building)}), gb.${bare(gridBuildings.building)}`,
    ),
    query<{ grid_id: string; user_id: string; name: string; phone: string | null }>(
      db,
      sql`select w.${bare(gridWorkers.gridId)}, w.${bare(gridWorkers.userId)}, coalesce(u.${bare(users.name)}, u.${bare(users.nickname)}) as name, u.${bare(users.phone)} from ${gridWorkers} w
        join ${users} u on u.${bare(users.id)} = w.${bare(gridWorkers.userId)} where w.${bare(gridWorkers.communityId)} = ${communityId} order by w.${bare(gridWorkers.addedAt)}, u.${bare(users.name)}`,
    ),
    query<{ grid_id: string; households: number; open: number }>(
      db,
      sql`select gb.${bare(gridBuildings.gridId)},
          (select count(*) from ${members} m where m.${bare(members.communityId)} = gb.${bare(gridBuildings.communityId)} and m.${bare(members.estateId)} = gb.${bare(gridBuildings.estateId)} and m.${bare(members.building)} = gb.${bare(gridBuildings.building)})::int as households,
          (select count(*) from ${appeals} a where a.${bare(appeals.communityId)} = gb.${bare(gridBuildings.communityId)} and a.${bare(appeals.gridId)} = gb.${bare(gridBuildings.gridId)}
             and a.${bare(appeals.estateId)} = gb.${bare(gridBuildings.estateId)} and a.${bare(appeals.building)} = gb.${bare(gridBuildings.building)} and a.${bare(appeals.status)} <> 'closed')::int as open
        from ${gridBuildings} gb where gb.${bare(gridBuildings.communityId)} = ${communityId}`,
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
    sql`select e.${bare(estates.id)} as estate_id, e.${bare(estates.name)} as estate_name, b.building_name as building
      from ${estates} e cross join lateral jsonb_array_elements_text(e.${bare(estates.buildings)}) as b(building_name)
      where e.${bare(estates.communityId)} = ${communityId}
        and not exists (select 1 from ${gridBuildings} gb where gb.${bare(gridBuildings.communityId)} = e.${bare(estates.communityId)}
          and gb.${bare(gridBuildings.estateId)} = e.${bare(estates.id)} and gb.${bare(gridBuildings.building)} = b.building_name)
      order by e.${bare(estates.name)}, length(b.building_name), b.building_name`,
  );
  return rows.map((r) => ({ estateId: r.estate_id, estateName: r.estate_name, building: r.building }));
}
