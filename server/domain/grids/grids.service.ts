/**
 * 微网格: staff draw grids (buildings) and appoint their workers; every building is in at most one grid
 * (the key of grid_buildings). Moving a building is recorded (grid_moves) and takes its open appeals
 * with it, each noting the move on its timeline. Lock order: the moved buildings' rows in
 * (estate, building) order, then the appeals rows.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { ActionParsed, GridPerson, GridsOverview, GridView, MyGrid } from '@linli/types';
import { bare, query } from '../../db/query';
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
    sql`select ${bare(memberRoles.userId)} from ${memberRoles} where ${bare(memberRoles.communityId)} = ${communityId} and ${bare(memberRoles.role)} = 'grid_worker'
      and ${bare(memberRoles.userId)} in (${sql.join(f.workerIds.map((u) => sql`${u}`), sql`, `)})`,
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
    sql`update ${appeals} set ${bare(appeals.gridId)} = ${toGridId}, ${bare(appeals.updatedAt)} = ${ctx.now.toISOString()}::timestamptz
      where ${bare(appeals.communityId)} = ${communityId} and ${bare(appeals.estateId)} = ${b.estateId} and ${bare(appeals.building)} = ${b.building}
        and ${bare(appeals.status)} <> 'closed' and ${bare(appeals.gridId)} is distinct from ${toGridId}
      returning ${bare(appeals.id)}`,
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
    sql`select ${bare(gridBuildings.estateId)}, ${bare(gridBuildings.building)}, ${bare(gridBuildings.gridId)} from ${gridBuildings} where ${bare(gridBuildings.communityId)} = ${communityId}
      and (${bare(gridBuildings.gridId)} = ${gridId} ${
        wanted.length
          ? sql`or (${bare(appeals.estateId)}, ${bare(appeals.building)}) in (${sql.join(wanted.map((b) => sql`(${b.estateId}, ${b.building})`), sql`, `)})`
          : sql``
      })
      order by ${bare(gridBuildings.estateId)}, ${bare(gridBuildings.building)} for update`,
  );
  const names = new Map(
    (await query<{ id: string; name: string }>(ctx.db, sql`select ${bare(grids.id)}, ${bare(grids.name)} from ${grids} where ${bare(grids.communityId)} = ${communityId}`)).map((g) => [g.id, g.name]),
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
    sql`select ${bare(grids.id)} from ${grids} where ${bare(grids.communityId)} = ${c} and ${bare(grids.id)} = ${input.gridId} for update`,
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
  const inMine = ids.length ? sql`gb.${bare(gridBuildings.gridId)} in (${sql.join(ids.map((g) => sql`${g}`), sql`, `)})` : sql`false`;
  const inMineA = ids.length ? sql`a.${bare(appeals.gridId)} in (${sql.join(ids.map((g) => sql`${g}`), sql`, `)})` : sql`false`;
  const [views, people, elders, open] = await Promise.all([
    gridViews(ctx.db, c, ids),
    query<PersonRow>(
      ctx.db,
      sql`select m.${bare(members.userId)}, u.${bare(users.name)}, e.${bare(estates.name)} as estate_name, m.${bare(members.building)}, m.${bare(members.unit)}, u.${bare(users.phone)}, u.${bare(users.birthYear)}, u.${bare(users.offline)}
        from ${members} m join ${users} u on u.${bare(users.id)} = m.${bare(members.userId)}
        join ${gridBuildings} gb on gb.${bare(gridBuildings.communityId)} = m.${bare(members.communityId)} and gb.${bare(gridBuildings.estateId)} = m.${bare(members.estateId)} and gb.${bare(gridBuildings.building)} = m.${bare(members.building)}
        left join ${estates} e on e.${bare(estates.communityId)} = m.${bare(members.communityId)} and e.${bare(estates.id)} = m.${bare(members.estateId)}
        where m.${bare(members.communityId)} = ${c} and ${inMine}
        order by e.${bare(estates.name)}, length(m.${bare(members.building)}), m.${bare(members.building)}, m.${bare(members.unit)}, u.${bare(users.name)} limit 1000`,
    ),
    query<PersonRow>(
      ctx.db,
      sql`select u.${bare(users.id)} as user_id, u.${bare(users.name)}, e.${bare(estates.name)} as estate_name, m.${bare(members.building)}, m.${bare(members.unit)}, u.${bare(users.phone)}, u.${bare(users.birthYear)}, u.${bare(users.offline)}
        from ${users} u join ${members} m on m.${bare(members.communityId)} = ${c} and m.${bare(members.userId)} = u.${bare(users.id)}
        left join ${estates} e on e.${bare(estates.communityId)} = m.${bare(members.communityId)} and e.${bare(estates.id)} = m.${bare(members.estateId)}
        where u.${bare(users.offline)} and (
          exists (select 1 from ${registrations} r where r.${bare(registrations.communityId)} = m.${bare(members.communityId)} and r.${bare(registrations.userId)} = u.${bare(users.id)} and r.${bare(registrations.proxyBy)} = ${me})
          or exists (select 1 from ${appeals} a where a.${bare(appeals.communityId)} = m.${bare(members.communityId)} and a.${bare(appeals.submitterId)} = u.${bare(users.id)} and a.${bare(appeals.recordedBy)} = ${me}))
        order by u.${bare(users.name)}`,
    ),
    query<SummaryRow>(
      ctx.db,
      summarySql(
        ctx.now,
        sql`a.${bare(appeals.communityId)} = ${c} and a.${bare(appeals.status)} <> 'closed' and (${inMineA} or a.${bare(appeals.responsibleId)} = ${me})`,
        sql`order by ${overdueSql(ctx.now)} desc, a.${bare(appeals.createdAt)} limit 200`,
      ),
    ),
  ]);
  return { grids: views, people: people.map(person), proxyElders: elders.map(person), openAppeals: open.map(toSummary) };
}
