/**
 * The timer flags appeals whose running deadline has passed: one timeline entry and one notice to the
 * responsible person (or the grid's workers) and to staff — once per appeal per deadline. A deadline
 * that moves (a reopen gives a new finish date) can be flagged again; the same one never is.
 */
import { sql } from 'drizzle-orm';
import type { Db, Executor } from '../../db/client';
import { bare, query } from '../../db/query';
import { appealCategories, appealEntries, appeals, estates } from '../../db/schema';
import { appendEntry, gridWorkerIds, notify, staffIds } from './timeline';

const BATCH = 200;

interface DueRow {
  community_id: string;
  id: string;
  deadline: 'accept' | 'finish';
  due: Date;
  responsible_id: string | null;
  grid_id: string | null;
  category_name: string;
  place: string;
}

/** Flags up to BATCH overdue appeals in one short transaction; returns how many. */
export async function flagOverdue(db: Db, now: Date): Promise<number> {
  return db.transaction((tx) => flagOverdueIn(tx, now, true));
}

/** The work of one batch; `tell` false records the flags without notices (the demo seed's history). */
export async function flagOverdueIn(tx: Executor, now: Date, tell: boolean): Promise<number> {
  {
    const nowSql = sql`${now.toISOString()}::timestamptz`;
    const due = await query<DueRow>(
      tx,
      sql`select a.${bare(appeals.communityId)}, a.${bare(appeals.id)}, d.deadline, d.due, a.${bare(appeals.responsibleId)}, a.${bare(appeals.gridId)}, c.${bare(appealCategories.name)} as category_name,
          e.${bare(estates.name)} || a.${bare(appeals.building)} as place
        from ${appeals} a
        cross join lateral (select case when a.${bare(appeals.status)} = 'submitted' then 'accept' else 'finish' end as deadline,
                                   case when a.${bare(appeals.status)} = 'submitted' then a.${bare(appeals.acceptBy)} else a.${bare(appeals.finishBy)} end as due) d
        join ${appealCategories} c on c.${bare(appealCategories.communityId)} = a.${bare(appeals.communityId)} and c.${bare(appealCategories.id)} = a.${bare(appeals.categoryId)}
        join ${estates} e on e.${bare(estates.communityId)} = a.${bare(appeals.communityId)} and e.${bare(estates.id)} = a.${bare(appeals.estateId)}
        where a.${bare(appeals.status)} <> 'closed' and d.due < ${nowSql}
          and not exists (select 1 from ${appealEntries} x where x.${bare(appealEntries.communityId)} = a.${bare(appeals.communityId)} and x.${bare(appealEntries.appealId)} = a.${bare(appeals.id)}
            and x.${bare(appealEntries.kind)} = 'overdue' and x.${bare(appealEntries.meta)}->>'deadline' = d.deadline
            and (x.${bare(appealEntries.meta)}->>'dueMs')::bigint = (extract(epoch from d.due) * 1000)::bigint)
        order by d.due limit ${BATCH}
        for update of a skip locked`,
    );
    const staffOf = new Map<string, string[]>();
    for (const r of due) {
      const dueAt = new Date(r.due);
      await appendEntry(tx, {
        communityId: r.community_id,
        appealId: r.id,
        kind: 'overdue',
        actorId: null,
        at: tell ? now : dueAt,
        meta: { deadline: r.deadline, dueMs: dueAt.getTime() },
      });
      if (!tell) continue;
      if (!staffOf.has(r.community_id)) staffOf.set(r.community_id, await staffIds(tx, r.community_id));
      const owners = r.responsible_id ? [r.responsible_id] : await gridWorkerIds(tx, r.community_id, r.grid_id);
      await notify(
        tx,
        r.community_id,
        'appeal_overdue',
        [...owners, ...staffOf.get(r.community_id)!],
        { appealId: r.id, categoryName: r.category_name, place: r.place, at: dueAt.toISOString(), page: `packages/staff/pages/appeal/index?id=${r.id}` },
        `appeal-overdue:${r.id}:${r.deadline}:${dueAt.getTime()}`,
      );
    }
    return due.length;
  }
}
