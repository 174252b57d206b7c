/** Family links and share codes. A deleted person (PIPL) drops out of every link query. */
import { and, eq, sql } from 'drizzle-orm';
import type { FamilyOverview, FamilyPerson } from '@linli/types';
import type { Executor } from '../../db/client';
import { bare, query } from '../../db/query';
import { familyCodes, familyLinks, users } from '../../db/schema';

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
    sql`select l.${bare(familyLinks.id)} as link_id, l.${bare(familyLinks.elderId)}, l.${bare(familyLinks.helperId)}, o.${bare(users.id)} as other_id,
        coalesce(o.${bare(users.name)}, o.${bare(users.nickname)}) as other_name, l.${bare(familyLinks.createdAt)}
      from ${familyLinks} l
      join ${users} o on o.${bare(users.id)} = case when l.${bare(familyLinks.elderId)} = ${userId} then l.${bare(familyLinks.helperId)} else l.${bare(familyLinks.elderId)} end
      where l.${bare(familyLinks.communityId)} = ${communityId} and (l.${bare(familyLinks.elderId)} = ${userId} or l.${bare(familyLinks.helperId)} = ${userId})
        and o.${bare(users.openid)} not like 'deleted:%'
      order by l.${bare(familyLinks.createdAt)}, l.${bare(familyLinks.id)}`,
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
    sql`select 1 as ok from ${familyLinks} l join ${users} e on e.${bare(users.id)} = l.${bare(familyLinks.elderId)}
      where l.${bare(familyLinks.communityId)} = ${communityId} and l.${bare(familyLinks.elderId)} = ${elderId} and l.${bare(familyLinks.helperId)} = ${helperId}
        and e.${bare(users.openid)} not like 'deleted:%'`,
  );
  return rows.length > 0;
}

export async function countHelpers(db: Executor, communityId: string, elderId: string): Promise<number> {
  const [row] = await query<{ n: number }>(
    db,
    sql`select count(*)::int as n from ${familyLinks} where ${familyLinks.communityId} = ${communityId} and ${familyLinks.elderId} = ${elderId}`,
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
