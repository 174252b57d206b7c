/**
 * 户 as grid workers and staff see them: a grid worker the households of their grid's buildings, staff the whole
 * community; each with its members. Staff correct a member's address (audited) and the household follows.
 */
import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { householdLabel, type ActionParsed, type BallotChannel, type HouseholdView } from '@linli/types';
import { outer } from '../../db/query';
import { ballots, estates, gridBuildings, gridWorkers, households, members, users } from '../../db/schema';
import { householdOf } from '../households/households.repository';
import { fail } from '../shared/app-error';
import { audit } from '../shared/audit';
import { hasRole, type Ctx } from '../shared/context';
import { inScopeSql } from './scope';

export interface GridHousehold extends HouseholdView {
  /** With a topic: the channel of the household's ballot, or null. */
  ballot: BallotChannel | null;
}

/** The households the caller looks after (grid worker: their grid's buildings; staff: all) with members. */
export async function gridHouseholds(
  ctx: Ctx,
  communityId: string,
  opts: { query?: string; topicId?: string; householdId?: string },
): Promise<GridHousehold[]> {
  const conds: (SQL | undefined)[] = [
    eq(households.communityId, communityId),
    sql`exists (select 1 from ${members} where ${members.communityId} = ${communityId} and ${members.householdId} = ${outer(households.id)})`,
  ];
  if (!hasRole(ctx, 'staff')) {
    conds.push(sql`exists (select 1 from ${gridBuildings} join ${gridWorkers}
      on ${gridWorkers.communityId} = ${gridBuildings.communityId} and ${gridWorkers.gridId} = ${gridBuildings.gridId}
      where ${gridBuildings.communityId} = ${communityId} and ${gridWorkers.userId} = ${ctx.actor.userId}
        and ${gridBuildings.estateId} = ${outer(households.estateId)} and ${gridBuildings.building} = ${outer(households.building)})`);
  }
  if (opts.topicId) conds.push(inScopeSql(communityId, opts.topicId, households.estateId, households.building));
  if (opts.householdId) conds.push(eq(households.id, opts.householdId));
  for (const token of (opts.query ?? '').split(/\s+/).filter(Boolean)) {
    conds.push(sql`strpos(${estates.name} || ${households.building} || ${households.unit} || ${households.room}, ${token}) > 0`);
  }
  const ballot = opts.topicId
    ? sql<BallotChannel | null>`(select ${ballots.channel} from ${ballots} where ${ballots.communityId} = ${communityId}
        and ${ballots.topicId} = ${opts.topicId} and ${ballots.householdId} = ${outer(households.id)})`
    : sql<null>`null`;
  const rows = await ctx.db
    .select({
      id: households.id,
      estateName: estates.name,
      building: households.building,
      unit: households.unit,
      room: households.room,
      ballot,
    })
    .from(households)
    .innerJoin(estates, and(eq(estates.communityId, households.communityId), eq(estates.id, households.estateId)))
    .where(and(...conds))
    .orderBy(asc(estates.name), asc(households.building), asc(households.unit), asc(households.room))
    .limit(300);
  const people = rows.length
    ? await ctx.db
        .select({ householdId: members.householdId, userId: members.userId, name: users.name, nickname: users.nickname })
        .from(members)
        .innerJoin(users, eq(users.id, members.userId))
        .where(and(eq(members.communityId, communityId), inArray(members.householdId, rows.map((r) => r.id))))
        .orderBy(asc(members.joinedAt))
    : [];
  return rows.map((r) => ({
    householdId: r.id,
    label: householdLabel(r),
    building: r.building,
    members: people.filter((p) => p.householdId === r.id).map((p) => ({ userId: p.userId, name: p.name ?? p.nickname })),
    ballot: r.ballot ?? null,
  }));
}

export async function householdsList(ctx: Ctx, input: ActionParsed<'deliberation', 'households'>): Promise<HouseholdView[]> {
  if (!hasRole(ctx, 'staff', 'grid_worker')) fail('AUTH.FORBIDDEN');
  const rows = await gridHouseholds(ctx, input.communityId, { query: input.query });
  return rows.map(({ ballot: _ballot, ...h }) => h);
}

export async function setAddress(ctx: Ctx, input: ActionParsed<'deliberation', 'setAddress'>): Promise<HouseholdView> {
  if (!hasRole(ctx, 'staff')) fail('AUTH.FORBIDDEN');
  const c = input.communityId;
  const [before] = await ctx.db
    .select({ estateId: members.estateId, building: members.building, unit: members.unit, room: members.room, householdId: members.householdId })
    .from(members)
    .where(and(eq(members.communityId, c), eq(members.userId, input.residentId)))
    .for('update');
  if (!before) fail('DELIBERATION.MEMBER_NOT_FOUND');
  const [estate] = await ctx.db
    .select({ buildings: estates.buildings })
    .from(estates)
    .where(and(eq(estates.communityId, c), eq(estates.id, input.estateId)));
  if (!estate || !estate.buildings.includes(input.building)) fail('DELIBERATION.SCOPE_UNKNOWN');
  const address = { estateId: input.estateId, building: input.building, unit: input.unit ?? null, room: input.room };
  const householdId = await householdOf(ctx.db, c, address);
  await ctx.db
    .update(members)
    .set({ ...address, householdId })
    .where(and(eq(members.communityId, c), eq(members.userId, input.residentId)));
  await audit(ctx.db, { communityId: c, actorUserId: ctx.actor.userId, action: 'households.setAddress', targetType: 'member', targetId: input.residentId, before, after: { ...address, householdId } });
  const [view] = await gridHouseholds(ctx, c, { householdId });
  return view;
}
