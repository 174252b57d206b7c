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

const CLOSED_LIST_MAX = 500;

interface FigureRow {
  category_id: string | null;
  grid_id: string | null;
  by: 'all' | 'category' | 'grid';
  collected: number;
  solved: number;
  explained: number;
  refused: number;
  open: number;
  overdue: number;
}

const ts = (d: Date) => sql`${d.toISOString()}::timestamptz`;

function figures(r: FigureRow | undefined): AppealFigures {
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
 * One scan of the rows that matter for the month (created before its cutoff, and not closed before it
 * began), grouped three ways at once.
 */
async function monthFigures(db: Executor, communityId: string, month: string, now: Date, breakdown: boolean): Promise<FigureRow[]> {
  const { start, end } = monthBounds(month);
  const cutoff = end < now ? end : now;
  const openAtCutoff = sql`(a.status <> 'closed' or a.closed_at >= ${ts(cutoff)})`;
  const acceptedByCutoff = sql`(a.accepted_at is not null and a.accepted_at < ${ts(cutoff)})`;
  const grouping: SQL = breakdown
    ? sql`group by grouping sets ((), (a.category_id), (a.grid_id))`
    : sql``;
  const by = breakdown
    ? sql`case when grouping(a.category_id) = 0 then 'category' when grouping(a.grid_id) = 0 then 'grid' else 'all' end`
    : sql`'all'`;
  return query<FigureRow>(
    db,
    sql`select ${by} as by, ${breakdown ? sql`a.category_id, a.grid_id` : sql`null as category_id, null as grid_id`},
        count(*) filter (where a.created_at >= ${ts(start)}) ::int as collected,
        count(*) filter (where a.status = 'closed' and a.ending = 'resolved' and a.closed_at >= ${ts(start)} and a.closed_at < ${ts(end)})::int as solved,
        count(*) filter (where a.status = 'closed' and a.ending = 'explained' and a.closed_at >= ${ts(start)} and a.closed_at < ${ts(end)})::int as explained,
        count(*) filter (where a.status = 'closed' and a.ending = 'refused' and a.closed_at >= ${ts(start)} and a.closed_at < ${ts(end)})::int as refused,
        count(*) filter (where ${openAtCutoff})::int as open,
        count(*) filter (where ${openAtCutoff} and (not ${acceptedByCutoff} and a.accept_by < ${ts(cutoff)}
          or ${acceptedByCutoff} and a.finish_by < ${ts(cutoff)}))::int as overdue
      from ${appeals} a
      where a.community_id = ${communityId} and a.created_at < ${ts(cutoff)}
        and (a.status <> 'closed' or a.closed_at >= ${ts(start)})
      ${grouping}`,
  );
}

export async function buildReport(db: Executor, communityId: string, month: string, now: Date): Promise<AppealReport> {
  const { start, end } = monthBounds(month);
  const trendMonths = monthsBack(month, 6);
  const [[community], rows, cats, gridRows, channels, [closing], closedRows, ...trend] = await Promise.all([
    query<{ name: string }>(db, sql`select name from ${communities} where id = ${communityId}`),
    monthFigures(db, communityId, month, now, true),
    query<{ id: string; name: string }>(db, sql`select id, name from ${appealCategories} where community_id = ${communityId} order by sort, name`),
    query<{ id: string; name: string }>(db, sql`select id, name from ${grids} where community_id = ${communityId} order by name`),
    query<{ channel: AppealChannel; n: number }>(
      db,
      sql`select channel, count(*)::int as n from ${appeals} where community_id = ${communityId}
        and created_at >= ${ts(start)} and created_at < ${ts(end)} group by channel`,
    ),
    query<{ median_days: number | null; avg_stars: number | null; rated: number }>(
      db,
      sql`select percentile_cont(0.5) within group (order by extract(epoch from closed_at - created_at) / 86400) as median_days,
          avg(stars)::float8 as avg_stars, count(stars)::int as rated
        from ${appeals} where community_id = ${communityId} and status = 'closed'
          and closed_at >= ${ts(start)} and closed_at < ${ts(end)}`,
    ),
    query<{ id: string; closed_at: Date; category_name: string; place: string; words: string; ending: AppealReportClosed['ending']; closing_words: string | null; name: string | null; name_public: boolean; stars: number | null }>(
      db,
      sql`select a.id, a.closed_at, c.name as category_name, e.name || a.building as place, coalesce(nullif(a.words, ''), a.transcript, '') as words,
          a.ending, a.closing_words, u.name, a.name_public, a.stars
        from ${appeals} a
        join ${appealCategories} c on c.community_id = a.community_id and c.id = a.category_id
        join ${estates} e on e.community_id = a.community_id and e.id = a.estate_id
        join ${users} u on u.id = a.submitter_id
        where a.community_id = ${communityId} and a.status = 'closed' and a.closed_at >= ${ts(start)} and a.closed_at < ${ts(end)}
        order by a.closed_at desc limit ${CLOSED_LIST_MAX}`,
    ),
    ...trendMonths.slice(0, -1).map((m) => monthFigures(db, communityId, m, now, false)),
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
    byChannel: APPEAL_CHANNELS.map((channel) => ({ channel, collected: channels.find((c) => c.channel === channel)?.n ?? 0 })),
    trend: [
      ...trendMonths.slice(0, -1).map((m, i) => ({ month: m, ...figures(trend[i][0]) })),
      { month, ...f },
    ],
    closedList: closedRows.map((r) => ({
      id: r.id,
      closedAt: new Date(r.closed_at).toISOString(),
      categoryName: r.category_name,
      place: r.place,
      words: short(r.words, 80),
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
