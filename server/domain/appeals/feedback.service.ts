/**
 * 事后综合评价: once an appeal is closed its submitter rates it (1–5 and words), once per closing; an
 * unhappy submitter may reopen it once, within 7 days of the closing — it goes back to its
 * responsible person with a fresh finish deadline.
 */
import { sql } from 'drizzle-orm';
import type { ActionParsed, AppealDetail } from '@linli/types';
import { query } from '../../db/query';
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
    sql`update ${appeals} set stars = ${input.stars}, rating_words = ${words}, rated_at = ${at(ctx.now)}, updated_at = ${at(ctx.now)}
      where community_id = ${c} and id = ${row.id} and status = 'closed' and (rated_at is null or rated_at < closed_at)
      returning id`,
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
    sql`update ${appeals} a set status = 'accepted', ending = null, closed_at = null, closing_words = null, duplicate_of = null,
        reopened_at = ${at(ctx.now)},
        finish_by = ${at(ctx.now)} + make_interval(days => (select finish_days from ${appealCategories} k
          where k.community_id = a.community_id and k.id = a.category_id)),
        updated_at = ${at(ctx.now)}
      where a.community_id = ${c} and a.id = ${row.id} and a.status = 'closed' and a.reopened_at is null
        and a.closed_at >= ${at(ctx.now)} - make_interval(days => ${REOPEN_WINDOW_DAYS})
      returning a.id`,
  );
  if (!done) {
    const [s] = await query<{ status: string; reopened_at: Date | null }>(
      ctx.db,
      sql`select status, reopened_at from ${appeals} where community_id = ${c} and id = ${row.id}`,
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
