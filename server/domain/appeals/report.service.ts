/**
 * 月度公示: the month's figures computed from the appeal rows every time (no counters to drift), readable
 * by every member; no phone numbers, names only where the submitter allowed it. Staff export it as .xlsx.
 * A month's "open" and "overdue" are as of its last moment (or now, for the running month).
 */
import { sql, type SQL } from 'drizzle-orm';
import {
  APPEAL_CHANNEL_LABELS,
  APPEAL_CHANNELS,
  APPEAL_ENDING_LABELS,
  type ActionParsed,
  type AppealChannel,
  type AppealFigures,
  type AppealReport,
  type AppealReportClosed,
  type AppealReportRow,
  type ExportFile,
} from '@linli/types';
import type { Executor } from '../../db/client';
import { query } from '../../db/query';
import { appealCategories, appeals, communities, estates, grids, users } from '../../db/schema';
import { fail } from '../shared/app-error';
import type { Ctx } from '../shared/context';
import { maskName } from '../shared/mask';
import { writeXlsx, type Cell } from '../shared/sheets';
import { monthBounds, monthsBack } from './deadlines';
import { shownWords } from './words';

const CLOSED_LIST_MAX = 500;

interface FigureRow {
  category_id: string | null;
  grid_id: string | null;
  channel: AppealChannel | null;
  by: 'all' | 'category' | 'grid' | 'channel';
  collected: number;
  solved: number;
  explained: number;
  refused: number;
  open: number;
  overdue: number;
  /** Created in the month, whatever the cutoff (the by-channel line). */
  created: number;
}

const ts = (d: Date) => sql`${d.toISOString()}::timestamptz`;

function figures(r: Partial<AppealFigures> | undefined): AppealFigures {
  return {
    collected: r?.collected ?? 0,
    solved: r?.solved ?? 0,
    explained: r?.explained ?? 0,
    refused: r?.refused ?? 0,
    open: r?.open ?? 0,
    overdue: r?.overdue ?? 0,
  };
}

/**
 * The rows a report can need, read from the two report indexes alone (appeals_report_open_idx,
 * appeals_report_closed_idx: every column below is in them, so PostgreSQL answers from the index
 * without touching the wide table): the open appeals created before `createdBefore`, and the closed
 * ones closed since `closedSince`. Columns come out as created, closed_on, end_kind, accepted, acc_by,
 * fin_by, cat, grid, chan, closed (boolean).
 */
function reportRows(communityId: string, createdBefore: Date, closedSince: Date): SQL {
  const cols = sql`${appeals.createdAt} as created, ${appeals.acceptedAt} as accepted, ${appeals.acceptBy} as acc_by,
    ${appeals.finishBy} as fin_by, ${appeals.categoryId} as cat, ${appeals.gridId} as grid, ${appeals.channel} as chan`;
  return sql`select ${cols}, null::timestamptz as closed_on, null::text as end_kind, false as closed
      from ${appeals} where ${appeals.communityId} = ${communityId} and ${appeals.status} <> 'closed'
        and ${appeals.createdAt} < ${ts(createdBefore)}
    union all
    select ${cols}, ${appeals.closedAt} as closed_on, ${appeals.ending} as end_kind, true as closed
      from ${appeals} where ${appeals.communityId} = ${communityId} and ${appeals.status} = 'closed'
        and ${appeals.closedAt} >= ${ts(closedSince)} and ${appeals.createdAt} < ${ts(createdBefore)}`;
}

/** Open at `cutoff`, and past the deadline that was running then (accepting, or finishing once accepted). */
const overdueAt = (cutoff: SQL) =>
  sql`(r.accepted is null or r.accepted >= ${cutoff}) and r.acc_by < ${cutoff} or r.accepted < ${cutoff} and r.fin_by < ${cutoff}`;

/**
 * One scan of the rows that matter for the month (created before its cutoff, and not closed before it
 * began), grouped four ways at once when `breakdown` (all, by category, by grid, by channel).
 */
async function monthFigures(db: Executor, communityId: string, month: string, now: Date, breakdown: boolean): Promise<FigureRow[]> {
  const { start, end } = monthBounds(month);
  const cutoff = end < now ? end : now;
  const c = ts(cutoff);
  const openAtCutoff = sql`(not r.closed or r.closed_on >= ${c})`;
  const grouping: SQL = breakdown ? sql`group by grouping sets ((), (r.cat), (r.grid), (r.chan))` : sql``;
  const by = breakdown
    ? sql`case when grouping(r.cat) = 0 then 'category' when grouping(r.grid) = 0 then 'grid' when grouping(r.chan) = 0 then 'channel' else 'all' end`
    : sql`'all'`;
  const endedIn = (ending: string) =>
    sql`count(*) filter (where r.created < ${c} and r.closed and r.end_kind = ${ending} and r.closed_on < ${ts(end)})::int`;
  return query<FigureRow>(
    db,
    sql`select ${by} as by, ${breakdown ? sql`r.cat as category_id, r.grid as grid_id, r.chan as channel` : sql`null as category_id, null as grid_id, null as channel`},
        count(*) filter (where r.created >= ${ts(start)} and r.created < ${c})::int as collected,
        ${endedIn('resolved')} as solved, ${endedIn('explained')} as explained, ${endedIn('refused')} as refused,
        count(*) filter (where r.created < ${c} and ${openAtCutoff})::int as open,
        count(*) filter (where r.created < ${c} and ${openAtCutoff} and (${overdueAt(c)}))::int as overdue,
        count(*) filter (where r.created >= ${ts(start)})::int as created
      from (${reportRows(communityId, end, start)}) r
      ${grouping}`,
  );
}

/**
 * The figures of months that are over, oldest first, in one pass over their rows instead of one query
 * per month. Each row is bucketed by the month it was created in (lo) and closed in (hi; past the last
 * month while open): it is collected in lo, closed in hi, and open at the end of every month from lo up
 * to hi - 1 — few rows straddle a month's end, and only those are tested against that month's deadlines
 * (one filtered count per month). A month's cutoff is its end, which is why this needs months that are
 * over (others go through monthFigures).
 */
async function pastMonthsFigures(db: Executor, communityId: string, months: string[]): Promise<AppealFigures[]> {
  const bounds = months.map(monthBounds);
  const edges = [...bounds.map((b) => b.start), bounds[bounds.length - 1].end];
  const edgeArray = sql`array[${sql.join(edges.map(ts), sql`, `)}]`;
  const overdueIn = sql.join(
    bounds.map(
      (b, i) =>
        sql`count(*) filter (where r.lo <= ${sql.raw(String(i + 1))} and r.hi > ${sql.raw(String(i + 1))} and (${overdueAt(ts(b.end))}))::int`,
    ),
    sql`, `,
  );
  const rows = await query<{ lo: number; hi: number; end_kind: string | null; n: number; overdue: number[] }>(
    db,
    sql`select r.lo, r.hi, r.end_kind, count(*)::int as n, array[${overdueIn}] as overdue
      from (select width_bucket(r.created, ${edgeArray}) as lo,
          case when r.closed then width_bucket(r.closed_on, ${edgeArray}) else ${sql.raw(String(months.length + 1))} end as hi,
          r.end_kind, r.accepted, r.acc_by, r.fin_by
        from (${reportRows(communityId, edges[edges.length - 1], edges[0])}) r) r
      where r.lo <= r.hi
      group by r.lo, r.hi, r.end_kind`,
  );
  return months.map((_, idx) => {
    const i = idx + 1;
    const f = figures(undefined);
    for (const r of rows) {
      if (r.lo === i) f.collected += r.n;
      if (r.lo <= i && i < r.hi) f.open += r.n;
      f.overdue += r.overdue[idx];
      if (r.hi === i && r.end_kind === 'resolved') f.solved += r.n;
      if (r.hi === i && r.end_kind === 'explained') f.explained += r.n;
      if (r.hi === i && r.end_kind === 'refused') f.refused += r.n;
    }
    return f;
  });
}

/** The trend's earlier months: in one pass when they are all over, else month by month. */
async function trendFigures(db: Executor, communityId: string, months: string[], now: Date): Promise<AppealFigures[]> {
  if (months.length === 0) return [];
  if (monthBounds(months[months.length - 1]).end <= now) return pastMonthsFigures(db, communityId, months);
  return Promise.all(months.map(async (m) => figures((await monthFigures(db, communityId, m, now, false))[0])));
}

export async function buildReport(db: Executor, communityId: string, month: string, now: Date): Promise<AppealReport> {
  const { start, end } = monthBounds(month);
  const trendMonths = monthsBack(month, 6);
  const inMonth = sql`${appeals.communityId} = ${communityId} and ${appeals.status} = 'closed'
    and ${appeals.closedAt} >= ${ts(start)} and ${appeals.closedAt} < ${ts(end)}`;
  const [[community], rows, cats, gridRows, [closing], closedRows, trend] = await Promise.all([
    query<{ name: string }>(db, sql`select ${communities.name} from ${communities} where ${communities.id} = ${communityId}`),
    monthFigures(db, communityId, month, now, true),
    query<{ id: string; name: string }>(
      db,
      sql`select ${appealCategories.id}, ${appealCategories.name} from ${appealCategories}
        where ${appealCategories.communityId} = ${communityId} order by ${appealCategories.sort}, ${appealCategories.name}`,
    ),
    query<{ id: string; name: string }>(
      db,
      sql`select ${grids.id}, ${grids.name} from ${grids} where ${grids.communityId} = ${communityId} order by ${grids.name}`,
    ),
    query<{ median_days: number | null; avg_stars: number | null; rated: number }>(
      db,
      sql`select percentile_cont(0.5) within group (order by extract(epoch from ${appeals.closedAt} - ${appeals.createdAt}) / 86400) as median_days,
          avg(${appeals.stars})::float8 as avg_stars, count(${appeals.stars})::int as rated
        from ${appeals} where ${inMonth}`,
    ),
    query<{ id: string; closed_at: Date; category_name: string; place: string; words: string; transcript: string | null; photo_count: number; has_voice: boolean; ending: AppealReportClosed['ending']; closing_words: string | null; name: string | null; name_public: boolean; stars: number | null }>(
      db,
      sql`select ${appeals.id}, ${appeals.closedAt} as closed_at, ${appealCategories.name} as category_name,
          ${estates.name} || ${appeals.building} as place, ${appeals.words} as words, ${appeals.transcript} as transcript,
          jsonb_array_length(${appeals.photos})::int as photo_count, ${appeals.voiceFileId} is not null as has_voice,
          ${appeals.ending} as ending, ${appeals.closingWords} as closing_words, ${users.name} as name, ${appeals.namePublic} as name_public,
          ${appeals.stars} as stars
        from ${appeals}
        join ${appealCategories} on ${appealCategories.communityId} = ${appeals.communityId} and ${appealCategories.id} = ${appeals.categoryId}
        join ${estates} on ${estates.communityId} = ${appeals.communityId} and ${estates.id} = ${appeals.estateId}
        join ${users} on ${users.id} = ${appeals.submitterId}
        where ${inMonth}
        order by ${appeals.closedAt} desc limit ${CLOSED_LIST_MAX}`,
    ),
    trendFigures(db, communityId, trendMonths.slice(0, -1), now),
  ]);
  if (!community) fail('COMMUNITY.NOT_FOUND');
  const all = rows.find((r) => r.by === 'all');
  const row = (list: { id: string; name: string }[], key: 'category_id' | 'grid_id', by: FigureRow['by']): AppealReportRow[] => {
    const out: AppealReportRow[] = list.map((x) => ({ id: x.id, name: x.name, ...figures(rows.find((r) => r.by === by && r[key] === x.id)) }));
    const none = rows.find((r) => r.by === by && r[key] === null);
    if (by === 'grid' && none) out.push({ id: null, name: '未划入网格', ...figures(none) });
    return out.filter((r) => r.collected + r.solved + r.explained + r.refused + r.open > 0);
  };
  const f = figures(all);
  const closedCount = f.solved + f.explained + f.refused;
  const short = (s: string, n: number) => ([...s].length > n ? [...s].slice(0, n - 1).join('') + '…' : s);
  return {
    communityName: community.name,
    month,
    generatedAt: now.toISOString(),
    ...f,
    solvedRate: closedCount ? f.solved / closedCount : null,
    medianDaysToClose: closing?.median_days === null || closing?.median_days === undefined ? null : Math.round(Number(closing.median_days) * 10) / 10,
    averageRating: closing?.avg_stars === null || closing?.avg_stars === undefined ? null : Math.round(Number(closing.avg_stars) * 100) / 100,
    ratedCount: closing?.rated ?? 0,
    byCategory: row(cats, 'category_id', 'category'),
    byGrid: row(gridRows, 'grid_id', 'grid'),
    byChannel: APPEAL_CHANNELS.map((channel) => ({ channel, collected: rows.find((r) => r.by === 'channel' && r.channel === channel)?.created ?? 0 })),
    trend: [...trendMonths.slice(0, -1).map((m, i) => ({ month: m, ...trend[i] })), { month, ...f }],
    closedList: closedRows.map((r) => ({
      id: r.id,
      closedAt: new Date(r.closed_at).toISOString(),
      categoryName: r.category_name,
      place: r.place,
      words: short(shownWords({ words: r.words, transcript: r.transcript, categoryName: r.category_name, photoCount: r.photo_count, hasVoice: r.has_voice }), 80),
      ending: r.ending,
      closingWords: r.closing_words ? short(r.closing_words, 80) : null,
      submitterName: r.name_public && r.name ? r.name : (maskName(r.name) ?? '居民'),
      stars: r.stars,
    })),
  };
}

export async function report(ctx: Ctx, input: ActionParsed<'appeals', 'report'>): Promise<AppealReport> {
  return buildReport(ctx.db, input.communityId, input.month, ctx.now);
}

export async function exportReport(ctx: Ctx, input: ActionParsed<'appeals', 'exportReport'>): Promise<ExportFile> {
  const r = await buildReport(ctx.db, input.communityId, input.month, ctx.now);
  const pct = (x: number | null) => (x === null ? '—' : `${Math.round(x * 1000) / 10}%`);
  const head: Cell[] = ['', '收集', '已解决', '已解释', '不受理', '未办结', '超时'];
  const line = (name: string, f: AppealFigures): Cell[] => [name, f.collected, f.solved, f.explained, f.refused, f.open, f.overdue];
  const at = (iso: string) =>
    new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', dateStyle: 'short', timeStyle: 'short' }).format(new Date(iso));
  const rows: Cell[][] = [
    [`${r.communityName} ${r.month} 民情诉求办理情况公示`],
    ['解决率（本月办结中）', pct(r.solvedRate), '办结用时中位数（天）', r.medianDaysToClose, '平均评价（星）', r.averageRating, '评价数', r.ratedCount],
    [],
    head,
    line('合计', r),
    [],
    ['按类别'],
    head,
    ...r.byCategory.map((x) => line(x.name, x)),
    [],
    ['按网格'],
    head,
    ...r.byGrid.map((x) => line(x.name, x)),
    [],
    ['按来源', ...r.byChannel.map((c) => APPEAL_CHANNEL_LABELS[c.channel])],
    ['收集', ...r.byChannel.map((c) => c.collected)],
    [],
    ['近六个月'],
    ['月份', '收集', '已解决', '已解释', '不受理', '未办结', '超时'],
    ...r.trend.map((t) => line(t.month, t)),
    [],
    ['本月办结清单'],
    ['办结时间', '类别', '地点', '诉求', '结果', '办理说明', '提出人', '评价'],
    ...r.closedList.map((x): Cell[] => [at(x.closedAt), x.categoryName, x.place, x.words, APPEAL_ENDING_LABELS[x.ending], x.closingWords, x.submitterName, x.stars]),
  ];
  return {
    filename: `民情诉求-${r.month}-公示.xlsx`,
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    base64: (await writeXlsx(`${r.month} 公示`, rows)).toString('base64'),
  };
}
