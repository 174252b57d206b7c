/**
 * Who may take part in a topic: its places (none = the whole community; building '' = a whole estate). The same SQL
 * decides who may vote, whom the roster lists and how many are eligible at close, so the three cannot disagree.
 */
import { and, eq, sql, type Column, type SQL } from 'drizzle-orm';
import type { TopicKind } from '@linli/types';
import type { Executor } from '../../db/client';
import { outer, query } from '../../db/query';
import { households, members, topicPlaces } from '../../db/schema';

/** `estate`/`building` columns of the outer query (named with their table, see outer()) fall inside the topic's places. */
export function inScopeSql(communityId: string, topicId: string, estateCol: Column, buildingCol: Column): SQL {
  const estate = outer(estateCol);
  const building = outer(buildingCol);
  const mine = sql`${topicPlaces.communityId} = ${communityId} and ${topicPlaces.topicId} = ${topicId}`;
  return sql`(not exists (select 1 from ${topicPlaces} where ${mine})
    or exists (select 1 from ${topicPlaces} where ${mine} and ${topicPlaces.estateId} = ${estate}
      and (${topicPlaces.building} = '' or ${topicPlaces.building} = ${building})))`;
}

/** A household counts when it is in scope and someone lives there (an empty flat is nobody's vote). */
function eligibleHouseholdsSql(communityId: string, topicId: string): SQL {
  return sql`${households.communityId} = ${communityId}
    and ${inScopeSql(communityId, topicId, households.estateId, households.building)}
    and exists (select 1 from ${members} where ${members.communityId} = ${communityId}
      and ${members.householdId} = ${outer(households.id)})`;
}

/** Households (议题) or residents (评选) who may vote now. */
export async function countEligible(db: Executor, communityId: string, topicId: string, kind: TopicKind): Promise<number> {
  const [row] =
    kind === 'deliberation'
      ? await query<{ n: number }>(
          db,
          sql`select count(*)::int as n from ${households} where ${eligibleHouseholdsSql(communityId, topicId)}`,
        )
      : await query<{ n: number }>(
          db,
          sql`select count(*)::int as n from ${members} where ${members.communityId} = ${communityId}
            and ${members.estateId} is not null
            and ${inScopeSql(communityId, topicId, members.estateId, members.building)}`,
        );
  return row?.n ?? 0;
}

/** Is this household in the topic's scope? */
export async function householdInScope(db: Executor, communityId: string, topicId: string, householdId: string): Promise<boolean> {
  const rows = await db
    .select({ id: households.id })
    .from(households)
    .where(
      and(
        eq(households.communityId, communityId),
        eq(households.id, householdId),
        inScopeSql(communityId, topicId, households.estateId, households.building),
      ),
    );
  return rows.length === 1;
}

/** Is this member (by their address) in the topic's scope? */
export async function memberInScope(db: Executor, communityId: string, topicId: string, userId: string): Promise<boolean> {
  const rows = await db
    .select({ id: members.userId })
    .from(members)
    .where(
      and(
        eq(members.communityId, communityId),
        eq(members.userId, userId),
        sql`${members.estateId} is not null`,
        inScopeSql(communityId, topicId, members.estateId, members.building),
      ),
    );
  return rows.length === 1;
}
