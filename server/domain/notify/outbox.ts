/**
 * Notices (subscription messages) go through the outbox: written in the same transaction as their
 * cause, sent later by the timer, retried with back-off, and recorded as failed after 5 tries —
 * never lost. Delivery is at-least-once: a crash between send and commit sends again.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { Db, Executor } from '../../db/client';
import { query } from '../../db/query';
import { outbox, users } from '../../db/schema';

export type NoticeKind =
  | 'reminder'
  | 'promoted'
  | 'event_cancelled'
  /** 民情诉求: a new appeal for the grid, a named responsible person, an ending for the resident, a deadline passed. */
  | 'appeal_new'
  | 'appeal_assigned'
  | 'appeal_closed'
  | 'appeal_overdue';

export interface Notice {
  communityId: string;
  kind: NoticeKind;
  userId: string;
  payload: Record<string, unknown>;
  dedupeKey: string;
  sendAfter?: Date;
}

export async function enqueue(db: Executor, n: Notice): Promise<void> {
  await db
    .insert(outbox)
    .values({
      communityId: n.communityId,
      kind: n.kind,
      userId: n.userId,
      payload: n.payload,
      dedupeKey: n.dedupeKey,
      sendAfter: n.sendAfter ?? new Date(),
    })
    .onConflictDoNothing();
}

export async function cancelPending(
  db: Executor,
  communityId: string,
  dedupeKeyPrefix: string,
): Promise<void> {
  await db
    .update(outbox)
    .set({ status: 'cancelled' })
    .where(
      and(
        eq(outbox.communityId, communityId),
        eq(outbox.status, 'pending'),
        sql`${outbox.dedupeKey} like ${dedupeKeyPrefix.replace(/[%_\\]/g, (c) => `\\${c}`) + '%'}`,
      ),
    );
}

export interface OutgoingMessage {
  id: string;
  kind: NoticeKind;
  openid: string;
  payload: Record<string, unknown>;
}

/** How a notice leaves the system: WeChat subscribeMessage in the cloud, a log line locally. */
export interface Sender {
  send(msg: OutgoingMessage): Promise<void>;
}

const MAX_ATTEMPTS = 5;

export async function processOutbox(db: Db, sender: Sender, now = new Date(), limit = 50) {
  return db.transaction(async (tx) => {
    const due = await query<{
      community_id: string;
      id: string;
      kind: NoticeKind;
      payload: Record<string, unknown>;
      attempts: number;
      openid: string | null;
    }>(
      tx,
      sql`select o.community_id, o.id, o.kind, o.payload, o.attempts, u.openid
        from ${outbox} o left join ${users} u on u.id = o.user_id
        where o.status = 'pending' and o.send_after <= ${now.toISOString()}::timestamptz
        order by o.send_after limit ${limit} for update of o skip locked`,
    );
    let sent = 0;
    let failed = 0;
    for (const row of due) {
      const where = and(eq(outbox.communityId, row.community_id), eq(outbox.id, row.id));
      try {
        // Offline elders (代报名) have no WeChat to receive a message: their grid worker is told in person.
        if (!row.openid || row.openid.startsWith('offline:')) {
          await tx.update(outbox).set({ status: 'cancelled', lastError: 'no WeChat account' }).where(where);
          continue;
        }
        await sender.send({ id: row.id, kind: row.kind, openid: row.openid, payload: row.payload });
        await tx
          .update(outbox)
          .set({ status: 'sent', attempts: row.attempts + 1, lastError: null })
          .where(where);
        sent++;
      } catch (err) {
        const attempts = row.attempts + 1;
        const backoffMs = 60_000 * 2 ** attempts;
        await tx
          .update(outbox)
          .set({
            attempts,
            lastError: String((err as Error).message ?? err).slice(0, 500),
            status: attempts >= MAX_ATTEMPTS ? 'failed' : 'pending',
            sendAfter: new Date(now.getTime() + backoffMs),
          })
          .where(where);
        failed++;
      }
    }
    return { picked: due.length, sent, failed };
  });
}
