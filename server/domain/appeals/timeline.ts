/**
 * The appeal's timeline: every step is a new entry (who, when, what, photos), never an edit. The
 * status on the appeal row changes only together with its entry, in the same transaction, by a
 * guarded UPDATE … WHERE status = … RETURNING — so two people acting at once cannot both win.
 * Lock order: the appeal row (guarded UPDATE), then entries and notices (inserts only).
 */
import { sql } from 'drizzle-orm';
import type { AppealEntryKind } from '@linli/types';
import type { Executor } from '../../db/client';
import { bare, query } from '../../db/query';
import { appealEntries, gridWorkers, memberRoles } from '../../db/schema';
import type { NoticeKind } from '@linli/types';
import { notify as tell } from '../notify/notify';
import { APPEAL_NOTICE_WORDS } from '../notify/appeal-words';

export interface EntryInput {
  communityId: string;
  appealId: string;
  kind: AppealEntryKind;
  actorId: string | null;
  at: Date;
  words?: string | null;
  photos?: string[];
  meta?: Record<string, unknown>;
}

export async function appendEntry(db: Executor, e: EntryInput): Promise<string> {
  const [row] = await db
    .insert(appealEntries)
    .values({
      communityId: e.communityId,
      appealId: e.appealId,
      kind: e.kind,
      actorId: e.actorId,
      words: e.words ?? null,
      photos: e.photos ?? [],
      meta: e.meta ?? {},
      at: e.at,
    })
    .returning({ id: appealEntries.id });
  return row.id;
}

/** Staff and admins of the community (they hear about unrouted and overdue appeals). */
export async function staffIds(db: Executor, communityId: string): Promise<string[]> {
  const rows = await query<{ user_id: string }>(
    db,
    sql`select distinct ${bare(memberRoles.userId)} from ${memberRoles} where ${bare(memberRoles.communityId)} = ${communityId} and ${bare(memberRoles.role)} in ('staff', 'admin') order by 1`,
  );
  return rows.map((r) => r.user_id);
}

export async function gridWorkerIds(db: Executor, communityId: string, gridId: string | null): Promise<string[]> {
  if (!gridId) return [];
  const rows = await query<{ user_id: string }>(
    db,
    sql`select ${bare(gridWorkers.userId)} from ${gridWorkers} where ${bare(gridWorkers.communityId)} = ${communityId} and ${bare(gridWorkers.gridId)} = ${gridId} order by 1`,
  );
  return rows.map((r) => r.user_id);
}

export type AppealNotice = Extract<NoticeKind, `appeal_${string}`>;

/**
 * One notice per person per `dedupe`, in the caller's transaction, through the one notice API:
 * the person's 消息 inbox always, WeChat only with a consent of the kind left.
 */
export async function notify(
  db: Executor,
  communityId: string,
  kind: AppealNotice,
  userIds: string[],
  payload: Record<string, unknown>,
  dedupe: string,
  sendAfter?: Date,
): Promise<void> {
  for (const userId of new Set(userIds)) {
    const page = typeof payload.page === 'string' ? payload.page : '';
    const place = [payload.categoryName, payload.place].filter(Boolean).join(' · ');
    await tell(db, {
      communityId,
      userId,
      kind,
      title: APPEAL_NOTICE_WORDS[kind],
      body: place,
      link: page ? `/${page}` : '',
      payload,
      dedupeKey: `${dedupe}:${userId}`,
      sendAfter,
    });
  }
}
