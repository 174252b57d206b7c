/**
 * Reading appeals: who may see one, the summary row every list shows, and the timeline.
 * Who sees what: the submitter their own (and the one who recorded it for them); a grid worker their
 * grid's; the responsible person theirs; staff the whole community.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { AppealSummary } from '@linli/types';
import { query } from '../../db/query';
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
  return sql`(a.status = 'submitted' and a.accept_by < ${at} or a.status = 'accepted' and a.finish_by < ${at})`;
}

/** The summary select; `where` and `tail` (order/limit) are added by the caller, over alias `a`. */
export function summarySql(now: Date, where: SQL, tail: SQL = sql``): SQL {
  return sql`select a.id, a.community_id, a.category_id, c.name as category_name, a.words, a.transcript,
      a.status, a.ending, a.channel, a.estate_id, e.name as estate_name, a.building, a.grid_id, g.name as grid_name,
      a.submitter_id, coalesce(su.name, su.nickname) as submitter_name, su.phone as submitter_phone, a.name_public,
      a.recorded_by, coalesce(rb.name, rb.nickname) as recorded_by_name,
      a.responsible_id, coalesce(ru.name, ru.nickname) as responsible_name, a.list,
      a.created_at, a.accepted_at, a.accept_by, a.finish_by, a.closed_at, a.stars, a.photos, a.voice_file_id,
      ${overdueSql(now)} as overdue
    from ${appeals} a
    join ${appealCategories} c on c.community_id = a.community_id and c.id = a.category_id
    join ${estates} e on e.community_id = a.community_id and e.id = a.estate_id
    left join ${grids} g on g.community_id = a.community_id and g.id = a.grid_id
    join ${users} su on su.id = a.submitter_id
    left join ${users} rb on rb.id = a.recorded_by
    left join ${users} ru on ru.id = a.responsible_id
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
    sql`select grid_id from ${gridWorkers} where community_id = ${communityId} and user_id = ${ctx.actor.userId}`,
  );
  return rows.map((r) => r.grid_id);
}

/** The SQL guard for "the caller may see appeal a". */
export async function visibleSql(ctx: Pick<Ctx, 'db' | 'actor' | 'roles'>, communityId: string): Promise<SQL> {
  if (hasRole(ctx, 'staff')) return sql`true`;
  const me = ctx.actor.userId;
  const gridIds = hasRole(ctx, 'grid_worker') ? await myGridIds(ctx, communityId) : [];
  const inGrid = gridIds.length
    ? sql` or a.grid_id in (${sql.join(gridIds.map((g) => sql`${g}`), sql`, `)})`
    : sql``;
  return sql`(a.submitter_id = ${me} or a.recorded_by = ${me} or a.responsible_id = ${me}${inGrid})`;
}

/** One appeal if the caller may see it, else null (told to the caller as APPEALS.NOT_FOUND). */
export async function findVisible(ctx: Ctx, communityId: string, appealId: string): Promise<SummaryRow | null> {
  const guard = await visibleSql(ctx, communityId);
  const [row] = await query<SummaryRow>(
    ctx.db,
    summarySql(ctx.now, sql`a.community_id = ${communityId} and a.id = ${appealId} and ${guard}`),
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

