/**
 * 微网格: staff draw grids (buildings) and appoint their workers; every building is in at most one grid
 * (the key of grid_buildings). Moving a building is recorded (grid_moves) and takes its open appeals
 * with it, each noting the move on its timeline. Lock order: the moved buildings' rows in
 * (estate, building) order, then the appeals rows.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { ActionParsed, GridPerson, GridsOverview, GridView, MyGrid } from '@linli/types';
import { query } from '../../db/query';
import { appeals, estates, gridBuildings, gridMoves, gridWorkers, grids, memberRoles, members, registrations, users } from '../../db/schema';
import { fail, isUniqueViolation } from '../shared/app-error';
import { audit } from '../shared/audit';
import type { Ctx } from '../shared/context';
import { checkBuilding } from '../appeals/submit.service';
import { myGridIds, overdueSql, summarySql, toSummary, type SummaryRow } from '../appeals/appeals.repository';
import { appendEntry } from '../appeals/timeline';
import { gridViews, unassignedBuildings } from './grids.repository';

type Fields = Pick<ActionParsed<'grids', 'create'>, 'name' | 'buildings' | 'workerIds'>;
const key = (b: { estateId: string; building: string }) => `${b.estateId}\u0000${b.building}`;

export async function list(ctx: Ctx, input: ActionParsed<'grids', 'list'>): Promise<GridsOverview> {
  const [all, unassigned] = await Promise.all([gridViews(ctx.db, input.communityId), unassignedBuildings(ctx.db, input.communityId)]);
  return { grids: all, unassigned };
}

async function checkFields(ctx: Ctx, communityId: string, f: Fields): Promise<void> {
  if (new Set(f.buildings.map(key)).size !== f.buildings.length) fail('GRIDS.BUILDING_TWICE');
  for (const b of f.buildings) {
    try {
      await checkBuilding(ctx.db, communityId, b);
    } catch {
      fail('GRIDS.BUILDING_UNKNOWN');
    }
  }
  if (f.workerIds.length === 0) return;
  const ok = await query<{ user_id: string }>(
    ctx.db,
    sql`select user_id from ${memberRoles} where community_id = ${communityId} and role = 'grid_worker'
      and user_id in (${sql.join(f.workerIds.map((u) => sql`${u}`), sql`, `)})`,
  );
  if (ok.length !== new Set(f.workerIds).size) fail('GRIDS.WORKER_INVALID');
}

/** Moves one building to `toGridId` (null: out of every grid), recorded, with its open appeals. */
async function moveBuilding(
  ctx: Ctx,
  communityId: string,
  b: { estateId: string; building: string },
  fromGridId: string | null,
  toGridId: string | null,
  names: Map<string, string>,
): Promise<void> {
  if (toGridId === null) {
    await ctx.db
      .delete(gridBuildings)
      .where(and(eq(gridBuildings.communityId, communityId), eq(gridBuildings.estateId, b.estateId), eq(gridBuildings.building, b.building)));
  } else {
    await ctx.db
      .insert(gridBuildings)
      .values({ communityId, estateId: b.estateId, building: b.building, gridId: toGridId, assignedAt: ctx.now })
      .onConflictDoUpdate({
        target: [gridBuildings.communityId, gridBuildings.estateId, gridBuildings.building],
        set: { gridId: toGridId, assignedAt: ctx.now },
      });
  }
  const moved = await query<{ id: string }>(
    ctx.db,
    sql`update ${appeals} set grid_id = ${toGridId}, updated_at = ${ctx.now.toISOString()}::timestamptz
      where community_id = ${communityId} and estate_id = ${b.estateId} and building = ${b.building}
        and status <> 'closed' and grid_id is distinct from ${toGridId}
      returning id`,
  );
  const meta = {
    fromGridName: fromGridId ? (names.get(fromGridId) ?? null) : null,
    toGridName: toGridId ? (names.get(toGridId) ?? null) : null,
  };
  for (const a of moved) {
    await appendEntry(ctx.db, { communityId, appealId: a.id, kind: 'rerouted', actorId: ctx.actor.userId, at: ctx.now, words: `${b.building}楼栋调整网格`, meta });
  }
  await ctx.db.insert(gridMoves).values({
    communityId,
    estateId: b.estateId,
    building: b.building,
    fromGridId,
    toGridId,
    reroutedAppeals: moved.length,
    actorId: ctx.actor.userId,
    createdAt: ctx.now,
  });
}

/** Makes the grid's buildings exactly `wanted`: takes buildings from other grids, releases the ones left out. */
async function setBuildings(ctx: Ctx, communityId: string, gridId: string, wanted: Fields['buildings']): Promise<void> {
  // Lock every row this change may touch, in one order, before changing any of them.
  const current = await query<{ estate_id: string; building: string; grid_id: string }>(
    ctx.db,
    sql`select estate_id, building, grid_id from ${gridBuildings} where community_id = ${communityId}
      and (grid_id = ${gridId} ${
        wanted.length
          ? sql`or (estate_id, building) in (${sql.join(wanted.map((b) => sql`(${b.estateId}, ${b.building})`), sql`, `)})`
          : sql``
      })
      order by estate_id, building for update`,
  );
  const names = new Map(
    (await query<{ id: string; name: string }>(ctx.db, sql`select id, name from ${grids} where community_id = ${communityId}`)).map((g) => [g.id, g.name]),
  );
  const held = new Map(current.map((r) => [key({ estateId: r.estate_id, building: r.building }), r.grid_id]));
  const wantedKeys = new Set(wanted.map(key));
  const ordered = [...wanted].sort((x, y) => key(x).localeCompare(key(y)));
  for (const b of ordered) {
    const from = held.get(key(b)) ?? null;
    if (from !== gridId) await moveBuilding(ctx, communityId, b, from, gridId, names);
  }
  for (const r of current) {
    const b = { estateId: r.estate_id, building: r.building };
    if (r.grid_id === gridId && !wantedKeys.has(key(b))) await moveBuilding(ctx, communityId, b, gridId, null, names);
  }
}

async function setWorkers(ctx: Ctx, communityId: string, gridId: string, workerIds: string[]): Promise<void> {
  await ctx.db.delete(gridWorkers).where(and(eq(gridWorkers.communityId, communityId), eq(gridWorkers.gridId, gridId)));
  const unique = [...new Set(workerIds)];
  if (unique.length) {
    await ctx.db.insert(gridWorkers).values(unique.map((userId) => ({ communityId, gridId, userId, addedAt: ctx.now })));
  }
}

async function viewOf(ctx: Ctx, communityId: string, gridId: string): Promise<GridView> {
  const [v] = await gridViews(ctx.db, communityId, [gridId]);
  return v;
}

export async function create(ctx: Ctx, input: ActionParsed<'grids', 'create'>): Promise<GridView> {
  const c = input.communityId;
  await checkFields(ctx, c, input);
  let id: string;
  try {
    [{ id }] = await ctx.db.insert(grids).values({ communityId: c, name: input.name, createdAt: ctx.now }).returning({ id: grids.id });
  } catch (err) {
    if (isUniqueViolation(err, 'grids_name_uq')) fail('GRIDS.NAME_TAKEN');
    throw err;
  }
  await setBuildings(ctx, c, id, input.buildings);
  await setWorkers(ctx, c, id, input.workerIds);
  const view = await viewOf(ctx, c, id);
  await audit(ctx.db, { communityId: c, actorUserId: ctx.actor.userId, action: 'grids.create', targetType: 'grid', targetId: id, after: view });
  return view;
}

export async function update(ctx: Ctx, input: ActionParsed<'grids', 'update'>): Promise<GridView> {
  const c = input.communityId;
  const [existing] = await query<{ id: string }>(
    ctx.db,
    sql`select id from ${grids} where community_id = ${c} and id = ${input.gridId} for update`,
  );
  if (!existing) fail('GRIDS.NOT_FOUND');
  await checkFields(ctx, c, input);
  const before = await viewOf(ctx, c, input.gridId);
  try {
    await ctx.db.update(grids).set({ name: input.name }).where(and(eq(grids.communityId, c), eq(grids.id, input.gridId)));
  } catch (err) {
    if (isUniqueViolation(err, 'grids_name_uq')) fail('GRIDS.NAME_TAKEN');
    throw err;
  }
  await setBuildings(ctx, c, input.gridId, input.buildings);
  await setWorkers(ctx, c, input.gridId, input.workerIds);
  const view = await viewOf(ctx, c, input.gridId);
  await audit(ctx.db, { communityId: c, actorUserId: ctx.actor.userId, action: 'grids.update', targetType: 'grid', targetId: input.gridId, before, after: view });
  return view;
}

type PersonRow = { user_id: string; name: string | null; estate_name: string | null; building: string | null; unit: string | null; phone: string | null; birth_year: number | null; offline: boolean };
const person = (r: PersonRow): GridPerson => ({
  userId: r.user_id,
  name: r.name ?? '居民',
  estateName: r.estate_name,
  building: r.building,
  unit: r.unit,
  phone: r.phone,
  birthYear: r.birth_year,
  offline: r.offline,
});

/** 包户联系: the grid worker's buildings, the people living in them, the elders they signed up, their open appeals. */
export async function myGrid(ctx: Ctx, input: ActionParsed<'grids', 'myGrid'>): Promise<MyGrid> {
  const c = input.communityId;
  const me = ctx.actor.userId;
  const ids = await myGridIds(ctx, c);
  const inMine = ids.length ? sql`gb.grid_id in (${sql.join(ids.map((g) => sql`${g}`), sql`, `)})` : sql`false`;
  const inMineA = ids.length ? sql`a.grid_id in (${sql.join(ids.map((g) => sql`${g}`), sql`, `)})` : sql`false`;
  const [views, people, elders, open] = await Promise.all([
    gridViews(ctx.db, c, ids),
    query<PersonRow>(
      ctx.db,
      sql`select m.user_id, u.name, e.name as estate_name, m.building, m.unit, u.phone, u.birth_year, u.offline
        from ${members} m join ${users} u on u.id = m.user_id
        join ${gridBuildings} gb on gb.community_id = m.community_id and gb.estate_id = m.estate_id and gb.building = m.building
        left join ${estates} e on e.community_id = m.community_id and e.id = m.estate_id
        where m.community_id = ${c} and ${inMine}
        order by e.name, length(m.building), m.building, m.unit, u.name limit 1000`,
    ),
    query<PersonRow>(
      ctx.db,
      sql`select u.id as user_id, u.name, e.name as estate_name, m.building, m.unit, u.phone, u.birth_year, u.offline
        from ${users} u join ${members} m on m.community_id = ${c} and m.user_id = u.id
        left join ${estates} e on e.community_id = m.community_id and e.id = m.estate_id
        where u.offline and (
          exists (select 1 from ${registrations} r where r.community_id = m.community_id and r.user_id = u.id and r.proxy_by = ${me})
          or exists (select 1 from ${appeals} a where a.community_id = m.community_id and a.submitter_id = u.id and a.recorded_by = ${me}))
        order by u.name`,
    ),
    query<SummaryRow>(
      ctx.db,
      summarySql(
        ctx.now,
        sql`a.community_id = ${c} and a.status <> 'closed' and (${inMineA} or a.responsible_id = ${me})`,
        sql`order by ${overdueSql(ctx.now)} desc, a.created_at limit 200`,
      ),
    ),
  ]);
  return { grids: views, people: people.map(person), proxyElders: elders.map(person), openAppeals: open.map(toSummary) };
}
