/**
 * Reading appeals: who may see one, the summary row every list shows, and the timeline.
 * Who sees what: the submitter their own (and the one who recorded it for them); a grid worker their
 * grid's; the responsible person theirs; staff the whole community.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { AppealSummary } from '@linli/types';
import { bare, query } from '../../db/query';
import { appealCategories, appeals, estates, gridWorkers, grids, users } from '../../db/schema';
import { hasRole, type Ctx } from '../shared/context';
import { shownWords } from './words';

export interface SummaryRow {
  id: string;
  community_id: string;
  category_id: string;
  category_name: string;
  words: string;
  transcript: string | null;
  status: AppealSummary['status'];
  ending: AppealSummary['ending'];
  channel: AppealSummary['channel'];
  estate_id: string;
  estate_name: string;
  building: string;
  grid_id: string | null;
  grid_name: string | null;
  submitter_id: string;
  submitter_name: string | null;
  submitter_phone: string | null;
  name_public: boolean;
  recorded_by: string | null;
  recorded_by_name: string | null;
  responsible_id: string | null;
  responsible_name: string | null;
  list: AppealSummary['list'];
  created_at: Date;
  accepted_at: Date | null;
  accept_by: Date;
  finish_by: Date | null;
  closed_at: Date | null;
  stars: number | null;
  photos: string[];
  voice_file_id: string | null;
  overdue: boolean;
}

/** Not closed and past the deadline that is running (accept while submitted, finish once accepted). */
export function overdueSql(now: Date): SQL {
  const at = sql`${now.toISOString()}::timestamptz`;
  return sql`(a.${bare(appeals.status)} = 'submitted' and a.${bare(appeals.acceptBy)} < ${at} or a.${bare(appeals.status)} = 'accepted' and a.${bare(appeals.finishBy)} < ${at})`;
}

/** The summary select; `where` and `tail` (order/limit) are added by the caller, over alias `a`. */
export function summarySql(now: Date, where: SQL, tail: SQL = sql``): SQL {
  return sql`select a.${bare(appeals.id)}, a.${bare(appeals.communityId)}, a.${bare(appeals.categoryId)}, c.${bare(appealCategories.name)} as category_name, a.${bare(appeals.words)}, a.${bare(appeals.transcript)},
      a.${bare(appeals.status)}, a.${bare(appeals.ending)}, a.${bare(appeals.channel)}, a.${bare(appeals.estateId)}, e.${bare(estates.name)} as estate_name, a.${bare(appeals.building)}, a.${bare(appeals.gridId)}, g.${bare(grids.name)} as grid_name,
      a.${bare(appeals.submitterId)}, coalesce(su.${bare(users.name)}, su.${bare(users.nickname)}) as submitter_name, su.${bare(users.phone)} as submitter_phone, a.${bare(appeals.namePublic)},
      a.${bare(appeals.recordedBy)}, coalesce(rb.${bare(users.name)}, rb.${bare(users.nickname)}) as recorded_by_name,
      a.${bare(appeals.responsibleId)}, coalesce(ru.${bare(users.name)}, ru.${bare(users.nickname)}) as responsible_name, a.${bare(appeals.list)},
      a.${bare(appeals.createdAt)}, a.${bare(appeals.acceptedAt)}, a.${bare(appeals.acceptBy)}, a.${bare(appeals.finishBy)}, a.${bare(appeals.closedAt)}, a.${bare(appeals.stars)}, a.${bare(appeals.photos)}, a.${bare(appeals.voiceFileId)},
      ${overdueSql(now)} as overdue
    from ${appeals} a
    join ${appealCategories} c on c.${bare(appealCategories.communityId)} = a.${bare(appeals.communityId)} and c.${bare(appealCategories.id)} = a.${bare(appeals.categoryId)}
    join ${estates} e on e.${bare(estates.communityId)} = a.${bare(appeals.communityId)} and e.${bare(estates.id)} = a.${bare(appeals.estateId)}
    left join ${grids} g on g.${bare(grids.communityId)} = a.${bare(appeals.communityId)} and g.${bare(grids.id)} = a.${bare(appeals.gridId)}
    join ${users} su on su.${bare(users.id)} = a.${bare(appeals.submitterId)}
    left join ${users} rb on rb.${bare(users.id)} = a.${bare(appeals.recordedBy)}
    left join ${users} ru on ru.${bare(users.id)} = a.${bare(appeals.responsibleId)}
    where ${where} ${tail}`;
}

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

export function toSummary(r: SummaryRow): AppealSummary {
  return {
    id: r.id,
    communityId: r.community_id,
    categoryId: r.category_id,
    categoryName: r.category_name,
    words: shownWords({
      words: r.words,
      transcript: r.transcript,
      categoryName: r.category_name,
      photoCount: r.photos.length,
      hasVoice: r.voice_file_id !== null,
    }),
    status: r.status,
    ending: r.ending,
    channel: r.channel,
    place: { estateId: r.estate_id, estateName: r.estate_name, building: r.building },
    gridId: r.grid_id,
    gridName: r.grid_name,
    submitterName: r.submitter_name ?? '居民',
    responsibleId: r.responsible_id,
    responsibleName: r.responsible_name,
    list: r.list,
    createdAt: iso(r.created_at)!,
    acceptedAt: iso(r.accepted_at),
    acceptBy: iso(r.accept_by)!,
    finishBy: iso(r.finish_by),
    closedAt: iso(r.closed_at),
    overdue: r.overdue,
    stars: r.stars,
    photoCount: r.photos.length,
    hasVoice: r.voice_file_id !== null,
  };
}

/** Grid ids the caller works (empty unless a grid worker). */
export async function myGridIds(ctx: Pick<Ctx, 'db' | 'actor'>, communityId: string): Promise<string[]> {
  const rows = await query<{ grid_id: string }>(
    ctx.db,
    sql`select ${bare(gridWorkers.gridId)} from ${gridWorkers} where ${bare(gridWorkers.communityId)} = ${communityId} and ${bare(gridWorkers.userId)} = ${ctx.actor.userId}`,
  );
  return rows.map((r) => r.grid_id);
}

/** The SQL guard for "the caller may see appeal a". */
export async function visibleSql(ctx: Pick<Ctx, 'db' | 'actor' | 'roles'>, communityId: string): Promise<SQL> {
  if (hasRole(ctx, 'staff')) return sql`true`;
  const me = ctx.actor.userId;
  const gridIds = hasRole(ctx, 'grid_worker') ? await myGridIds(ctx, communityId) : [];
  const inGrid = gridIds.length
    ? sql` or a.${bare(appeals.gridId)} in (${sql.join(gridIds.map((g) => sql`${g}`), sql`, `)})`
    : sql``;
  return sql`(a.${bare(appeals.submitterId)} = ${me} or a.${bare(appeals.recordedBy)} = ${me} or a.${bare(appeals.responsibleId)} = ${me}${inGrid})`;
}

/** One appeal if the caller may see it, else null (told to the caller as APPEALS.NOT_FOUND). */
export async function findVisible(ctx: Ctx, communityId: string, appealId: string): Promise<SummaryRow | null> {
  const guard = await visibleSql(ctx, communityId);
  const [row] = await query<SummaryRow>(
    ctx.db,
    summarySql(ctx.now, sql`a.${bare(appeals.communityId)} = ${communityId} and a.${bare(appeals.id)} = ${appealId} and ${guard}`),
  );
  return row ?? null;
}

/** May the caller act on it (accept, progress, close): staff, its responsible person, or a worker of its grid. */
export async function isHandler(ctx: Ctx, row: Pick<SummaryRow, 'grid_id' | 'responsible_id' | 'community_id'>): Promise<boolean> {
  if (hasRole(ctx, 'staff')) return true;
  if (row.responsible_id === ctx.actor.userId) return true;
  if (!hasRole(ctx, 'grid_worker') || !row.grid_id) return false;
  return (await myGridIds(ctx, row.community_id)).includes(row.grid_id);
}

