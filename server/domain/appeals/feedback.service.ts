/**
 * 事后综合评价: once an appeal is closed its submitter rates it (1–5 and words), once per closing; an
 * unhappy submitter may reopen it once, within 7 days of the closing — it goes back to its
 * responsible person with a fresh finish deadline.
 */
import { sql } from 'drizzle-orm';
import type { ActionParsed, AppealDetail } from '@linli/types';
import { bare, query } from '../../db/query';
import { appealCategories, appeals } from '../../db/schema';
import { fail } from '../shared/app-error';
import type { Ctx } from '../shared/context';
import { detailOf, REOPEN_WINDOW_DAYS, requireVisible } from './detail';
import { appendEntry, gridWorkerIds, notify } from './timeline';

const at = (d: Date) => sql`${d.toISOString()}::timestamptz`;

export async function rate(ctx: Ctx, input: ActionParsed<'appeals', 'rate'>): Promise<AppealDetail> {
  const c = input.communityId;
  const row = await requireVisible(ctx, c, input.appealId);
  if (row.submitter_id !== ctx.actor.userId) fail('APPEALS.SUBMITTER_ONLY');
  const words = input.words?.trim() || null;
  const [done] = await query<{ id: string }>(
    ctx.db,
    sql`update ${appeals} set ${bare(appeals.stars)} = ${input.stars}, ${bare(appeals.ratingWords)} = ${words}, ${bare(appeals.ratedAt)} = ${at(ctx.now)}, ${bare(appeals.updatedAt)} = ${at(ctx.now)}
      where ${bare(appeals.communityId)} = ${c} and ${bare(appeals.id)} = ${row.id} and ${bare(appeals.status)} = 'closed' and (${bare(appeals.ratedAt)} is null or ${bare(appeals.ratedAt)} < ${bare(appeals.closedAt)})
      returning ${bare(appeals.id)}`,
  );
  if (!done) fail(row.status === 'closed' ? 'APPEALS.ALREADY_RATED' : 'APPEALS.NOT_CLOSED');
  await appendEntry(ctx.db, { communityId: c, appealId: row.id, kind: 'rated', actorId: ctx.actor.userId, at: ctx.now, words, meta: { stars: input.stars } });
  return detailOf(ctx, c, row.id);
}

export async function reopen(ctx: Ctx, input: ActionParsed<'appeals', 'reopen'>): Promise<AppealDetail> {
  const c = input.communityId;
  const row = await requireVisible(ctx, c, input.appealId);
  if (row.submitter_id !== ctx.actor.userId) fail('APPEALS.SUBMITTER_ONLY');
  const [done] = await query<{ id: string }>(
    ctx.db,
    sql`update ${appeals} a set ${bare(appeals.status)} = 'accepted', ${bare(appeals.ending)} = null, ${bare(appeals.closedAt)} = null, ${bare(appeals.closingWords)} = null, ${bare(appeals.duplicateOf)} = null,
        ${bare(appeals.reopenedAt)} = ${at(ctx.now)},
        ${bare(appeals.finishBy)} = ${at(ctx.now)} + make_interval(days => (select ${bare(appealCategories.finishDays)} from ${appealCategories} k
          where k.${bare(appealCategories.communityId)} = a.${bare(appeals.communityId)} and k.${bare(appealCategories.id)} = a.${bare(appeals.categoryId)})),
        ${bare(appeals.updatedAt)} = ${at(ctx.now)}
      where a.${bare(appeals.communityId)} = ${c} and a.${bare(appeals.id)} = ${row.id} and a.${bare(appeals.status)} = 'closed' and a.${bare(appeals.reopenedAt)} is null
        and a.${bare(appeals.closedAt)} >= ${at(ctx.now)} - make_interval(days => ${REOPEN_WINDOW_DAYS})
      returning a.${bare(appeals.id)}`,
  );
  if (!done) {
    const [s] = await query<{ status: string; reopened_at: Date | null }>(
      ctx.db,
      sql`select ${bare(appeals.status)}, ${bare(appeals.reopenedAt)} from ${appeals} where ${bare(appeals.communityId)} = ${c} and ${bare(appeals.id)} = ${row.id}`,
    );
    if (s.status !== 'closed') fail('APPEALS.NOT_CLOSED');
    if (s.reopened_at) fail('APPEALS.REOPEN_USED');
    fail('APPEALS.REOPEN_EXPIRED');
  }
  await appendEntry(ctx.db, { communityId: c, appealId: row.id, kind: 'reopened', actorId: ctx.actor.userId, at: ctx.now, words: input.words });
  const to = row.responsible_id ? [row.responsible_id] : await gridWorkerIds(ctx.db, c, row.grid_id);
  await notify(
    ctx.db,
    c,
    'appeal_new',
    to,
    { appealId: row.id, categoryName: row.category_name, place: `${row.estate_name}${row.building}`, at: ctx.now.toISOString(), page: `packages/staff/pages/appeal/index?id=${row.id}` },
    `appeal-reopened:${row.id}`,
  );
  return detailOf(ctx, c, row.id);
}
