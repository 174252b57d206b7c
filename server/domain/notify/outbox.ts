/**
 * The channels on top of the inbox go through the outbox: a row per notice and channel, written in
 * the same transaction as the notice (`notify.ts`), sent later by the timer, retried with back-off and
 * recorded as failed after 5 tries — never lost. Delivery is at-least-once (a crash between send and
 * commit sends again); a notice is queued at most once per channel (unique notice + channel).
 */
import { and, eq, sql } from 'drizzle-orm';
import type { NoticeChannel, NoticeKind } from '@linli/types';
import type { Db, Executor } from '../../db/client';
import { bare, query } from '../../db/query';
import { inbox, noticeConsents, outbox, smsDaily, smsOptOuts, users } from '../../db/schema';
import { hasWeChat } from './kinds';

export type { NoticeKind } from '@linli/types';

export interface Notice {
  communityId: string;
  kind: NoticeKind;
  userId: string;
  payload: Record<string, unknown>;
  dedupeKey: string;
  sendAfter?: Date;
  channel?: NoticeChannel;
  noticeId?: string;
}

/** Queues one send. Low level: causes call `notify()`, which writes the inbox row and decides channels. */
export async function enqueue(db: Executor, n: Notice): Promise<void> {
  await db
    .insert(outbox)
    .values({
      communityId: n.communityId,
      kind: n.kind,
      channel: n.channel ?? 'wechat',
      noticeId: n.noticeId ?? null,
      userId: n.userId,
      payload: n.payload,
      dedupeKey: n.dedupeKey,
      sendAfter: n.sendAfter ?? new Date(),
    })
    .onConflictDoNothing();
}

const likePrefix = (prefix: string) => prefix.replace(/[%_\\]/g, (c) => `\\${c}`) + '%';

/**
 * Drops notices not yet delivered (a cancelled registration's reminder): pending sends are cancelled,
 * the WeChat consent they would have spent is given back, and inbox rows not yet shown disappear.
 */
export async function cancelPending(
  db: Executor,
  communityId: string,
  dedupeKeyPrefix: string,
): Promise<void> {
  const like = likePrefix(dedupeKeyPrefix);
  await query(
    db,
    sql`with dropped as (
        update ${outbox} set ${bare(outbox.status)} = 'cancelled', ${bare(outbox.lastError)} = 'cause withdrawn'
        where ${bare(outbox.communityId)} = ${communityId} and ${bare(outbox.status)} = 'pending' and ${bare(outbox.dedupeKey)} like ${like}
        returning ${bare(outbox.userId)}, ${bare(outbox.kind)}, ${bare(outbox.channel)})
      update ${noticeConsents} c set ${bare(noticeConsents.remaining)} = c.${bare(noticeConsents.remaining)} + 1
      from dropped d
      where d.${bare(outbox.channel)} = 'wechat' and c.${bare(noticeConsents.communityId)} = ${communityId}
        and c.${bare(noticeConsents.userId)} = d.${bare(outbox.userId)} and c.${bare(noticeConsents.kind)} = d.${bare(outbox.kind)}`,
  );
  // Relatives' copies too (their keys are `copy:<elder>:<key>`).
  await db
    .delete(inbox)
    .where(
      and(
        eq(inbox.communityId, communityId),
        sql`(${inbox.dedupeKey} like ${like} or ${inbox.dedupeKey} like ${'copy:%:' + like})`,
        sql`${inbox.visibleAt} > now()`,
      ),
    );
}

export interface OutgoingMessage {
  id: string;
  kind: NoticeKind;
  channel: NoticeChannel;
  /** The WeChat recipient ('' on the SMS channel). */
  openid: string;
  /** The SMS recipient (null on the WeChat channel). */
  phone: string | null;
  payload: Record<string, unknown>;
}

/** How a notice leaves the system: WeChat subscribeMessage or SMS in production, a log line locally. */
export interface Sender {
  send(msg: OutgoingMessage): Promise<void>;
}

const MAX_ATTEMPTS = 5;
/** SMS per number per China day: a runaway loop or a flood of changes cannot spam an elder. */
export const SMS_DAILY_CAP = Number(process.env.LINLI_SMS_DAILY_CAP || 5);

const chinaDay = (d: Date) => new Date(d.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

/** Takes one SMS from the number's daily allowance; false when it is used up. */
async function takeSmsSlot(db: Executor, phone: string, now: Date, cap = SMS_DAILY_CAP): Promise<boolean> {
  const rows = await query<{ sent: number }>(
    db,
    sql`insert into ${smsDaily} (${bare(smsDaily.phone)}, ${bare(smsDaily.day)}, ${bare(smsDaily.sent)}) values (${phone}, ${chinaDay(now)}, 1)
      on conflict (${bare(smsDaily.phone)}, ${bare(smsDaily.day)}) do update set ${bare(smsDaily.sent)} = ${smsDaily.sent} + 1 where ${smsDaily.sent} < ${cap}
      returning ${bare(smsDaily.sent)}`,
  );
  return rows.length > 0 && rows[0].sent <= cap;
}

export async function processOutbox(db: Db, sender: Sender, now = new Date(), limit = 50) {
  return db.transaction(async (tx) => {
    const due = await query<{
      community_id: string;
      id: string;
      kind: NoticeKind;
      channel: NoticeChannel;
      payload: Record<string, unknown>;
      attempts: number;
      openid: string | null;
      phone: string | null;
      opted_out: boolean;
    }>(
      tx,
      sql`select o.${bare(outbox.communityId)}, o.${bare(outbox.id)}, o.${bare(outbox.kind)}, o.${bare(outbox.channel)}, o.${bare(outbox.payload)}, o.${bare(outbox.attempts)}, u.${bare(users.openid)}, u.${bare(users.phone)},
          exists (select 1 from ${smsOptOuts} s where s.${bare(smsOptOuts.phone)} = u.${bare(users.phone)}) as opted_out
        from ${outbox} o left join ${users} u on u.${bare(users.id)} = o.${bare(outbox.userId)}
        where o.${bare(outbox.status)} = 'pending' and o.${bare(outbox.sendAfter)} <= ${now.toISOString()}::timestamptz
        order by o.${bare(outbox.sendAfter)} limit ${limit} for update of o skip locked`,
    );
    let sent = 0;
    let failed = 0;
    for (const row of due) {
      const where = and(eq(outbox.communityId, row.community_id), eq(outbox.id, row.id));
      const close = (reason: string) =>
        tx.update(outbox).set({ status: 'cancelled', lastError: reason }).where(where);
      try {
        if (row.channel === 'wechat' && !hasWeChat(row.openid)) {
          // Offline elders (代报名) have no WeChat: they get SMS (if they have a phone) and their grid worker.
          await close('no WeChat account');
          continue;
        }
        if (row.channel === 'sms') {
          if (!row.phone) {
            await close('no phone number');
            continue;
          }
          if (row.opted_out) {
            await close('SMS opt-out');
            continue;
          }
          if (row.attempts === 0 && !(await takeSmsSlot(tx, row.phone, now))) {
            await close('daily SMS cap reached');
            continue;
          }
        }
        await sender.send({
          id: row.id,
          kind: row.kind,
          channel: row.channel,
          openid: row.channel === 'wechat' ? (row.openid ?? '') : '',
          phone: row.channel === 'sms' ? row.phone : null,
          payload: row.payload,
        });
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
