/**
 * 办理: accept (the grid's worker or staff; exactly one of two at once wins), name the 第一责任人 (staff;
 * a change needs a reason), report progress, close with one of the three endings, and sort into the
 * lists. Each is a guarded UPDATE of the appeal row plus its timeline entry, in one transaction.
 */
import { sql } from 'drizzle-orm';
import type { ActionParsed, AppealDetail, AppealPage, AssigneeView, Role } from '@linli/types';
import { bare, query } from '../../db/query';
import { appealCategories, appealLinks, appeals, events, expenses, memberRoles, users } from '../../db/schema';
import { fail } from '../shared/app-error';
import { hasRole, type Ctx } from '../shared/context';
import { attachAppealFiles } from './attachments';
import { detailOf, requireVisible } from './detail';
import { isHandler, myGridIds, overdueSql, summarySql, toSummary, visibleSql, type SummaryRow } from './appeals.repository';
import { appendEntry, notify } from './timeline';

const PAGE_SIZE = 50;
const at = (d: Date) => sql`${d.toISOString()}::timestamptz`;

/** Visible, and the caller may handle it; else the code a person should see. */
async function requireHandler(ctx: Ctx, communityId: string, appealId: string): Promise<SummaryRow> {
  const row = await requireVisible(ctx, communityId, appealId);
  if (!(await isHandler(ctx, row))) fail('APPEALS.NOT_HANDLER');
  return row;
}

/** Why a guarded update found no row in the state it needed. */
function refuseState(status: string, wanted: 'submitted' | 'accepted'): never {
  if (status === 'closed') fail('APPEALS.CLOSED');
  if (wanted === 'submitted') fail('APPEALS.ALREADY_ACCEPTED');
  fail('APPEALS.NOT_ACCEPTED');
}

async function currentStatus(ctx: Ctx, communityId: string, appealId: string): Promise<string> {
  const [r] = await query<{ status: string }>(
    ctx.db,
    sql`select ${bare(appeals.status)} from ${appeals} where ${bare(appeals.communityId)} = ${communityId} and ${bare(appeals.id)} = ${appealId}`,
  );
  return r.status;
}

export async function accept(ctx: Ctx, input: ActionParsed<'appeals', 'accept'>): Promise<AppealDetail> {
  const c = input.communityId;
  await requireHandler(ctx, c, input.appealId);
  // The guard is the race: of two workers accepting at once, the second finds status <> 'submitted'.
  const [won] = await query<{ responsible_id: string }>(
    ctx.db,
    sql`update ${appeals} a set ${bare(appeals.status)} = 'accepted', ${bare(appeals.acceptedAt)} = ${at(ctx.now)}, ${bare(appeals.acceptedBy)} = ${ctx.actor.userId},
        ${bare(appeals.responsibleId)} = coalesce(a.${bare(appeals.responsibleId)}, ${ctx.actor.userId}),
        ${bare(appeals.finishBy)} = ${at(ctx.now)} + make_interval(days => (select ${bare(appealCategories.finishDays)} from ${appealCategories} c
          where c.${bare(appealCategories.communityId)} = a.${bare(appeals.communityId)} and c.${bare(appealCategories.id)} = a.${bare(appeals.categoryId)})),
        ${bare(appeals.updatedAt)} = ${at(ctx.now)}
      where a.${bare(appeals.communityId)} = ${c} and a.${bare(appeals.id)} = ${input.appealId} and a.${bare(appeals.status)} = 'submitted'
      returning a.${bare(appeals.responsibleId)}`,
  );
  if (!won) refuseState(await currentStatus(ctx, c, input.appealId), 'submitted');
  await appendEntry(ctx.db, { communityId: c, appealId: input.appealId, kind: 'accepted', actorId: ctx.actor.userId, at: ctx.now });
  return detailOf(ctx, c, input.appealId);
}

/** Staff, admins and grid workers of the community: the people an appeal can be owned by. */
export async function assignees(ctx: Ctx, input: ActionParsed<'appeals', 'assignees'>): Promise<AssigneeView[]> {
  const rows = await query<{ user_id: string; name: string; roles: Role[] }>(
    ctx.db,
    sql`select r.${bare(memberRoles.userId)}, coalesce(u.${bare(users.name)}, u.${bare(users.nickname)}) as name, array_agg(r.${bare(memberRoles.role)} order by r.${bare(memberRoles.role)}) as roles
      from ${memberRoles} r join ${users} u on u.${bare(users.id)} = r.${bare(memberRoles.userId)}
      where r.${bare(memberRoles.communityId)} = ${input.communityId} and r.${bare(memberRoles.role)} in ('staff', 'admin', 'grid_worker')
      group by r.${bare(memberRoles.userId)}, u.${bare(users.name)}, u.${bare(users.nickname)} order by 2`,
  );
  return rows.map((r) => ({ userId: r.user_id, name: r.name, roles: r.roles }));
}

export async function assign(ctx: Ctx, input: ActionParsed<'appeals', 'assign'>): Promise<AppealDetail> {
  const c = input.communityId;
  const row = await requireVisible(ctx, c, input.appealId);
  if (row.status === 'closed') fail('APPEALS.CLOSED');
  const [who] = await query<{ name: string }>(
    ctx.db,
    sql`select coalesce(u.${bare(users.name)}, u.${bare(users.nickname)}) as name from ${memberRoles} r join ${users} u on u.${bare(users.id)} = r.${bare(memberRoles.userId)}
      where r.${bare(memberRoles.communityId)} = ${c} and r.${bare(memberRoles.userId)} = ${input.responsibleId} and r.${bare(memberRoles.role)} in ('staff', 'admin', 'grid_worker') limit 1`,
  );
  if (!who) fail('APPEALS.ASSIGNEE_INVALID');
  const reason = input.reason?.trim() || null;
  // Guarded on the responsible person read above: a concurrent change makes this one fail, not silently overwrite.
  const [changed] = await query<{ id: string }>(
    ctx.db,
    sql`update ${appeals} set ${bare(appeals.responsibleId)} = ${input.responsibleId}, ${bare(appeals.updatedAt)} = ${at(ctx.now)}
      where ${bare(appeals.communityId)} = ${c} and ${bare(appeals.id)} = ${input.appealId} and ${bare(appeals.status)} <> 'closed'
        and ${bare(appeals.responsibleId)} is not distinct from ${row.responsible_id}
        and ${bare(appeals.responsibleId)} is distinct from ${input.responsibleId}
        and (${bare(appeals.responsibleId)} is null or ${reason}::text is not null)
      returning ${bare(appeals.id)}`,
  );
  if (!changed) {
    if (row.responsible_id === input.responsibleId) fail('APPEALS.SAME_ASSIGNEE');
    if (row.responsible_id && !reason) fail('APPEALS.REASON_REQUIRED');
    fail('APPEALS.CLOSED');
  }
  await appendEntry(ctx.db, {
    communityId: c,
    appealId: input.appealId,
    kind: row.responsible_id ? 'reassigned' : 'assigned',
    actorId: ctx.actor.userId,
    at: ctx.now,
    words: reason,
    meta: { responsibleName: who.name, fromResponsibleName: row.responsible_name },
  });
  await notify(
    ctx.db,
    c,
    'appeal_assigned',
    [input.responsibleId].filter((u) => u !== ctx.actor.userId),
    { appealId: input.appealId, categoryName: row.category_name, place: `${row.estate_name}${row.building}`, at: ctx.now.toISOString(), page: `packages/staff/pages/appeal/index?id=${input.appealId}` },
    `appeal-assigned:${input.appealId}:${ctx.now.getTime()}`,
  );
  return detailOf(ctx, c, input.appealId);
}

export async function addProgress(ctx: Ctx, input: ActionParsed<'appeals', 'addProgress'>): Promise<AppealDetail> {
  const c = input.communityId;
  const row = await requireHandler(ctx, c, input.appealId);
  // Serializes with accept/close on the same row, and proves it is still being handled.
  const [live] = await query<{ id: string }>(
    ctx.db,
    sql`update ${appeals} set ${bare(appeals.updatedAt)} = ${at(ctx.now)}
      where ${bare(appeals.communityId)} = ${c} and ${bare(appeals.id)} = ${input.appealId} and ${bare(appeals.status)} = 'accepted' returning ${bare(appeals.id)}`,
  );
  if (!live) refuseState(await currentStatus(ctx, c, row.id), 'accepted');
  const photos = input.photos ?? [];
  const entryId = await appendEntry(ctx.db, {
    communityId: c,
    appealId: row.id,
    kind: 'progress',
    actorId: ctx.actor.userId,
    at: ctx.now,
    words: input.words,
    photos,
  });
  await attachAppealFiles(ctx, { communityId: c, photos, attachTo: { kind: 'appeal_entry', id: entryId } });
  return detailOf(ctx, c, row.id);
}

export async function close(ctx: Ctx, input: ActionParsed<'appeals', 'close'>): Promise<AppealDetail> {
  const c = input.communityId;
  const row = await requireHandler(ctx, c, input.appealId);
  if (input.duplicateOf) {
    if (input.ending !== 'refused') fail('APPEALS.DUPLICATE_ONLY_REFUSED');
    if (input.duplicateOf === row.id) fail('APPEALS.DUPLICATE_NOT_FOUND');
    const [orig] = await query<{ id: string }>(
      ctx.db,
      sql`select ${bare(appeals.id)} from ${appeals} where ${bare(appeals.communityId)} = ${c} and ${bare(appeals.id)} = ${input.duplicateOf}`,
    );
    if (!orig) fail('APPEALS.DUPLICATE_NOT_FOUND');
  }
  const [done] = await query<{ id: string }>(
    ctx.db,
    sql`update ${appeals} set ${bare(appeals.status)} = 'closed', ${bare(appeals.ending)} = ${input.ending}, ${bare(appeals.closedAt)} = ${at(ctx.now)},
        ${bare(appeals.closingWords)} = ${input.words}, ${bare(appeals.duplicateOf)} = ${input.duplicateOf ?? null}, ${bare(appeals.updatedAt)} = ${at(ctx.now)}
      where ${bare(appeals.communityId)} = ${c} and ${bare(appeals.id)} = ${input.appealId} and ${bare(appeals.status)} = 'accepted' returning ${bare(appeals.id)}`,
  );
  if (!done) refuseState(await currentStatus(ctx, c, row.id), 'accepted');
  const photos = input.photos ?? [];
  const entryId = await appendEntry(ctx.db, {
    communityId: c,
    appealId: row.id,
    kind: 'closed',
    actorId: ctx.actor.userId,
    at: ctx.now,
    words: input.words,
    photos,
    meta: { ending: input.ending, ...(input.duplicateOf ? { duplicateOfId: input.duplicateOf } : {}) },
  });
  await attachAppealFiles(ctx, { communityId: c, photos, attachTo: { kind: 'appeal_entry', id: entryId } });
  await notify(
    ctx.db,
    c,
    'appeal_closed',
    [row.submitter_id].filter((u) => u !== ctx.actor.userId),
    { appealId: row.id, categoryName: row.category_name, place: `${row.estate_name}${row.building}`, at: ctx.now.toISOString(), page: `packages/appeals/pages/detail/index?id=${row.id}` },
    `appeal-closed:${row.id}:${ctx.now.getTime()}`,
  );
  return detailOf(ctx, c, row.id);
}

export async function sortIntoList(ctx: Ctx, input: ActionParsed<'appeals', 'sortIntoList'>): Promise<AppealDetail> {
  const c = input.communityId;
  const row = await requireVisible(ctx, c, input.appealId);
  if (row.list === input.list) return detailOf(ctx, c, row.id);
  await query(
    ctx.db,
    sql`update ${appeals} set ${bare(appeals.list)} = ${input.list}, ${bare(appeals.updatedAt)} = ${at(ctx.now)} where ${bare(appeals.communityId)} = ${c} and ${bare(appeals.id)} = ${row.id}`,
  );
  await appendEntry(ctx.db, { communityId: c, appealId: row.id, kind: 'sorted', actorId: ctx.actor.userId, at: ctx.now, meta: { list: input.list } });
  return detailOf(ctx, c, row.id);
}

export async function linkProject(ctx: Ctx, input: ActionParsed<'appeals', 'linkProject'>): Promise<AppealDetail> {
  const c = input.communityId;
  const row = await requireVisible(ctx, c, input.appealId);
  if (row.list !== 'projects') fail('APPEALS.NOT_A_PROJECT');
  const target = input.kind === 'event' ? events : expenses;
  const title = input.kind === 'event' ? events.title : expenses.purpose;
  const [found] = await query<{ title: string }>(
    ctx.db,
    sql`select ${title} as title from ${target} where ${target.communityId} = ${c} and ${target.id} = ${input.targetId}`,
  );
  if (!found) fail('APPEALS.LINK_TARGET_NOT_FOUND');
  const changed = input.remove
    ? await query(
        ctx.db,
        sql`delete from ${appealLinks} where ${bare(appealLinks.communityId)} = ${c} and ${bare(appealLinks.appealId)} = ${row.id} and ${bare(appealLinks.kind)} = ${input.kind}
          and ${bare(appealLinks.targetId)} = ${input.targetId} returning 1`,
      )
    : await query(
        ctx.db,
        sql`insert into ${appealLinks} (${bare(appealLinks.communityId)}, ${bare(appealLinks.appealId)}, ${bare(appealLinks.kind)}, ${bare(appealLinks.targetId)}, ${bare(appealLinks.createdAt)})
          values (${c}, ${row.id}, ${input.kind}, ${input.targetId}, ${at(ctx.now)}) on conflict do nothing returning 1`,
      );
  if (changed.length) {
    await appendEntry(ctx.db, {
      communityId: c,
      appealId: row.id,
      kind: input.remove ? 'unlinked' : 'linked',
      actorId: ctx.actor.userId,
      at: ctx.now,
      meta: { linkKind: input.kind, linkTitle: found.title },
    });
  }
  return detailOf(ctx, c, row.id);
}

export async function listForMe(ctx: Ctx, input: ActionParsed<'appeals', 'listForMe'>): Promise<AppealPage> {
  const c = input.communityId;
  const staff = hasRole(ctx, 'staff');
  const scope = input.scope ?? (staff ? 'all' : undefined);
  const me = ctx.actor.userId;
  const parts = [sql`a.${bare(appeals.communityId)} = ${c}`];
  if (scope === 'grid') {
    const ids = await myGridIds(ctx, c);
    parts.push(ids.length ? sql`a.${bare(appeals.gridId)} in (${sql.join(ids.map((g) => sql`${g}`), sql`, `)})` : sql`false`);
  } else if (scope === 'responsible') {
    parts.push(sql`a.${bare(appeals.responsibleId)} = ${me}`);
  }
  // 'all' (or nothing) still never shows more than the caller may see.
  parts.push(await visibleSql(ctx, c));
  if (input.status) parts.push(sql`a.${bare(appeals.status)} = ${input.status}`);
  if (input.gridId) parts.push(sql`a.${bare(appeals.gridId)} = ${input.gridId}`);
  if (input.categoryId) parts.push(sql`a.${bare(appeals.categoryId)} = ${input.categoryId}`);
  if (input.list) parts.push(sql`a.${bare(appeals.list)} = ${input.list}`);
  if (input.overdue !== undefined) parts.push(input.overdue ? overdueSql(ctx.now) : sql`not ${overdueSql(ctx.now)}`);
  if (input.query) {
    const like = `%${input.query.replace(/[%_\\]/g, (ch) => `\\${ch}`)}%`;
    parts.push(sql`(a.${bare(appeals.words)} ilike ${like} or a.${bare(appeals.transcript)} ilike ${like} or a.${bare(appeals.building)} ilike ${like})`);
  }
  const where = sql.join(parts, sql` and `);
  const page = input.page ?? 0;
  const [rows, [count]] = await Promise.all([
    query<SummaryRow>(
      ctx.db,
      summarySql(ctx.now, where, sql`order by a.${bare(appeals.createdAt)} desc, a.${bare(appeals.id)} limit ${PAGE_SIZE} offset ${page * PAGE_SIZE}`),
    ),
    query<{ n: number }>(ctx.db, sql`select count(*)::int as n from ${appeals} a where ${where}`),
  ]);
  return { items: rows.map(toSummary), total: count.n, page, pageSize: PAGE_SIZE };
}

