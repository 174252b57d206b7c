/**
 * 通知公告: staff post; members read. "Current" = not withdrawn and not expired at the caller's clock. Read counts
 * are one row per member (primary key), so opening it twice, or a retried request, counts once.
 */
import crypto from 'node:crypto';
import { and, asc, count, desc, eq, gt, isNull, or, sql } from 'drizzle-orm';
import type { ActionParsed, Announcement, AnnouncementList, AnnouncementRead } from '@linli/types';
import { announcementReads, announcements, users } from '../../db/schema';
import type { Executor } from '../../db/client';
import { attachFiles, viewsByRecord } from '../files/files.service';
import { AppError } from '../shared/app-error';
import { audit } from '../shared/audit';
import { hasRole, type Ctx } from '../shared/context';

const KIND = 'announcement';
/** 首页 and the list show at most this many; older ones have expired or been withdrawn by then in practice. */
const LIST_LIMIT = 20;

const current = (communityId: string, now: Date) =>
  and(
    eq(announcements.communityId, communityId),
    isNull(announcements.withdrawnAt),
    or(isNull(announcements.expiresAt), gt(announcements.expiresAt, now)),
  );

async function load(
  ctx: Ctx,
  communityId: string,
  where: ReturnType<typeof and>,
  limit: number,
): Promise<Announcement[]> {
  const staff = hasRole(ctx, 'staff');
  const rows = await ctx.db
    .select({
      id: announcements.id,
      title: announcements.title,
      words: announcements.words,
      pinned: announcements.pinned,
      createdAt: announcements.createdAt,
      expiresAt: announcements.expiresAt,
      authorName: users.name,
      reads: sql<number>`(select count(*)::int from ${announcementReads}
        where ${announcementReads.communityId} = ${announcements.communityId} and ${announcementReads.announcementId} = ${announcements.id})`,
    })
    .from(announcements)
    .innerJoin(users, eq(users.id, announcements.createdBy))
    .where(where)
    .orderBy(desc(announcements.pinned), desc(announcements.createdAt), asc(announcements.id))
    .limit(limit);
  const photos = await viewsByRecord(
    ctx.db,
    communityId,
    KIND,
    rows.map((r) => r.id),
    { now: ctx.now },
  );
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    words: r.words,
    pinned: r.pinned,
    photos: photos.get(r.id) ?? [],
    createdAt: r.createdAt.toISOString(),
    expiresAt: r.expiresAt?.toISOString() ?? null,
    authorName: r.authorName ?? '社区',
    readCount: staff ? Number(r.reads) : null,
  }));
}

export async function list(
  ctx: Ctx,
  input: ActionParsed<'announcements', 'list'>,
): Promise<AnnouncementList> {
  return { items: await load(ctx, input.communityId, current(input.communityId, ctx.now), LIST_LIMIT) };
}

/** 首页's compact card: the current ones, titles only matter there. */
export async function currentFor(ctx: Ctx, communityId: string, limit = 3): Promise<Announcement[]> {
  return load(ctx, communityId, current(communityId, ctx.now), limit);
}

async function one(ctx: Ctx, communityId: string, id: string): Promise<Announcement> {
  const [a] = await load(ctx, communityId, and(current(communityId, ctx.now), eq(announcements.id, id)), 1);
  if (!a) throw new AppError('ANNOUNCEMENTS.NOT_FOUND');
  return a;
}

export async function detail(
  ctx: Ctx,
  input: ActionParsed<'announcements', 'detail'>,
): Promise<Announcement> {
  return one(ctx, input.communityId, input.id);
}

async function readCount(db: Executor, communityId: string, id: string): Promise<number> {
  const [{ n }] = await db
    .select({ n: count() })
    .from(announcementReads)
    .where(and(eq(announcementReads.communityId, communityId), eq(announcementReads.announcementId, id)));
  return n;
}

export async function markRead(
  ctx: Ctx,
  input: ActionParsed<'announcements', 'markRead'>,
): Promise<AnnouncementRead> {
  await one(ctx, input.communityId, input.id);
  await ctx.db
    .insert(announcementReads)
    .values({
      communityId: input.communityId,
      announcementId: input.id,
      userId: ctx.actor.userId,
      readAt: ctx.now,
    })
    .onConflictDoNothing();
  return {
    id: input.id,
    readCount: hasRole(ctx, 'staff') ? await readCount(ctx.db, input.communityId, input.id) : null,
  };
}

export async function post(ctx: Ctx, input: ActionParsed<'announcements', 'post'>): Promise<Announcement> {
  const expiresAt = input.expiresAt ? new Date(input.expiresAt) : null;
  if (expiresAt && expiresAt <= ctx.now) throw new AppError('ANNOUNCEMENTS.BAD_EXPIRY');
  const id = crypto.randomUUID();
  await ctx.db.insert(announcements).values({
    communityId: input.communityId,
    id,
    title: input.title,
    words: input.words,
    pinned: input.pinned ?? false,
    expiresAt,
    createdBy: ctx.actor.userId,
    createdAt: ctx.now,
  });
  await attachFiles(ctx, {
    communityId: input.communityId,
    fileIds: input.fileIds ?? [],
    purpose: 'announcement_photo',
    attachTo: { kind: KIND, id },
  });
  await audit(ctx.db, {
    communityId: input.communityId,
    actorUserId: ctx.actor.userId,
    action: 'announcements.post',
    targetType: KIND,
    targetId: id,
    after: { title: input.title, pinned: input.pinned ?? false, expiresAt: input.expiresAt ?? null },
  });
  return one(ctx, input.communityId, id);
}

export async function withdraw(
  ctx: Ctx,
  input: ActionParsed<'announcements', 'withdraw'>,
): Promise<AnnouncementList> {
  const done = await ctx.db
    .update(announcements)
    .set({ withdrawnAt: ctx.now })
    .where(
      and(
        eq(announcements.communityId, input.communityId),
        eq(announcements.id, input.id),
        isNull(announcements.withdrawnAt),
      ),
    )
    .returning({ id: announcements.id });
  if (done.length === 0) {
    // Withdrawn already (a retry, or a colleague): the same outcome. Unknown: say so.
    const [row] = await ctx.db
      .select({ id: announcements.id })
      .from(announcements)
      .where(and(eq(announcements.communityId, input.communityId), eq(announcements.id, input.id)));
    if (!row) throw new AppError('ANNOUNCEMENTS.NOT_FOUND');
  } else {
    await audit(ctx.db, {
      communityId: input.communityId,
      actorUserId: ctx.actor.userId,
      action: 'announcements.withdraw',
      targetType: KIND,
      targetId: input.id,
    });
  }
  return list(ctx, { communityId: input.communityId });
}
