/** Family links and share codes. A deleted person (PIPL) drops out of every link query. */
import { and, eq, sql } from 'drizzle-orm';
import type { FamilyOverview, FamilyPerson } from '@linli/types';
import type { Executor } from '../../db/client';
import { query } from '../../db/query';
import { familyCodes, familyLinks } from '../../db/schema';

interface LinkRow {
  link_id: string;
  elder_id: string;
  helper_id: string;
  other_id: string;
  other_name: string;
  created_at: Date | string;
}

function toPerson(r: LinkRow): FamilyPerson {
  return {
    linkId: r.link_id,
    userId: r.other_id,
    name: r.other_name,
    linkedAt: new Date(r.created_at).toISOString(),
  };
}

/** Both lists of the caller: who helps me, and whom I help. */
export async function overviewOf(db: Executor, communityId: string, userId: string): Promise<FamilyOverview> {
  const rows = await query<LinkRow>(
    db,
    sql`select l.id as link_id, l.elder_id, l.helper_id, o.id as other_id,
        coalesce(o.name, o.nickname) as other_name, l.created_at
      from ${familyLinks} l
      join users o on o.id = case when l.elder_id = ${userId} then l.helper_id else l.elder_id end
      where l.community_id = ${communityId} and (l.elder_id = ${userId} or l.helper_id = ${userId})
        and o.openid not like 'deleted:%'
      order by l.created_at, l.id`,
  );
  return {
    helpers: rows.filter((r) => r.elder_id === userId).map(toPerson),
    elders: rows.filter((r) => r.helper_id === userId).map(toPerson),
  };
}

/** True when `helperId` may act for `elderId` in the community (and neither has deleted their data). */
export async function isLinked(
  db: Executor,
  communityId: string,
  elderId: string,
  helperId: string,
): Promise<boolean> {
  const rows = await query<{ ok: number }>(
    db,
    sql`select 1 as ok from ${familyLinks} l join users e on e.id = l.elder_id
      where l.community_id = ${communityId} and l.elder_id = ${elderId} and l.helper_id = ${helperId}
        and e.openid not like 'deleted:%'`,
  );
  return rows.length > 0;
}

export async function countHelpers(db: Executor, communityId: string, elderId: string): Promise<number> {
  const [row] = await query<{ n: number }>(
    db,
    sql`select count(*)::int as n from ${familyLinks} where community_id = ${communityId} and elder_id = ${elderId}`,
  );
  return row.n;
}

/** Locks the code row so two relatives typing the same code cannot both use it. */
export async function lockCode(db: Executor, communityId: string, code: string) {
  const [row] = await db
    .select()
    .from(familyCodes)
    .where(and(eq(familyCodes.communityId, communityId), eq(familyCodes.code, code)))
    .for('update');
  return row;
}
