/**
 * The one way a cause tells a person something (消息). In the cause's transaction it writes the
 * inbox row (the channel of record) and, on top, the outbox rows for the channels that can reach
 * the person: WeChat only while a one-time consent of that kind is left (spent here by a guarded
 * UPDATE), SMS for people without WeChat who have a phone; and copies to relatives who asked for
 * them. A rolled-back cause therefore leaves nothing behind; a repeated cause (same dedupe key)
 * writes nothing twice.
 */
import { sql } from 'drizzle-orm';
import type { NoticeChannel, NoticeKind } from '@linli/types';
import type { Executor } from '../../db/client';
import { query } from '../../db/query';
import { familyLinks, inbox, noticeConsents, smsOptOuts, users } from '../../db/schema';
import { hasWeChat, SMS_KINDS, WECHAT_KINDS } from './kinds';
import { enqueue } from './outbox';

export interface NotifyInput {
  communityId: string;
  userId: string;
  kind: NoticeKind;
  title: string;
  body: string;
  /** Page path in the app the notice is about ('' for none). */
  link: string;
  payload: Record<string, unknown>;
  /** Unique per community and person: the same cause notifies once. */
  dedupeKey: string;
  /** A scheduled notice (a reminder): shown in the inbox and sent from then on. */
  sendAfter?: Date;
}

export interface NotifyResult {
  /** Null when this dedupe key had notified the person already. */
  noticeId: string | null;
  channels: NoticeChannel[];
  copies: number;
}

interface Facts {
  openid: string | null;
  phone: string | null;
  name: string;
  opted_out: boolean;
  helpers: string[] | null;
}

export async function notify(db: Executor, n: NotifyInput): Promise<NotifyResult> {
  const visibleAt = n.sendAfter ?? new Date();
  const [row] = await db
    .insert(inbox)
    .values({
      communityId: n.communityId,
      userId: n.userId,
      kind: n.kind,
      title: n.title,
      body: n.body,
      link: n.link,
      payload: n.payload,
      dedupeKey: n.dedupeKey,
      visibleAt,
    })
    .onConflictDoNothing()
    .returning({ id: inbox.id });
  if (!row) return { noticeId: null, channels: [], copies: 0 };

  const [facts] = await query<Facts>(
    db,
    sql`select u.openid, u.phone, coalesce(u.name, u.nickname) as name,
        exists (select 1 from ${smsOptOuts} s where s.phone = u.phone) as opted_out,
        (select array_agg(l.helper_id order by l.helper_id) from ${familyLinks} l join ${users} h on h.id = l.helper_id
          where l.community_id = ${n.communityId} and l.elder_id = u.id and l.copy_notices
            and h.openid not like 'deleted:%') as helpers
      from ${users} u where u.id = ${n.userId}`,
  );
  const channels: NoticeChannel[] = [];
  const queue = (channel: NoticeChannel) =>
    enqueue(db, {
      communityId: n.communityId,
      kind: n.kind,
      userId: n.userId,
      payload: { ...n.payload, link: n.link },
      dedupeKey: n.dedupeKey,
      sendAfter: visibleAt,
      channel,
      noticeId: row.id,
    }).then(() => channels.push(channel));

  if (facts && WECHAT_KINDS.includes(n.kind) && hasWeChat(facts.openid) && (await spendConsent(db, n))) {
    await queue('wechat');
  }
  if (facts && SMS_KINDS.includes(n.kind) && !hasWeChat(facts.openid) && facts.phone && !facts.opted_out) {
    await queue('sms');
  }

  const helpers = facts?.helpers ?? [];
  if (helpers.length > 0) {
    await db
      .insert(inbox)
      .values(
        helpers.map((helperId) => ({
          communityId: n.communityId,
          userId: helperId,
          kind: n.kind,
          title: `【${facts.name}】${n.title}`,
          body: n.body,
          link: n.link,
          payload: { ...n.payload, forUserId: n.userId, forName: facts.name },
          dedupeKey: `copy:${n.userId}:${n.dedupeKey}`,
          visibleAt,
        })),
      )
      .onConflictDoNothing();
  }
  return { noticeId: row.id, channels, copies: helpers.length };
}

/** One consent of this kind, taken by a guarded UPDATE: two notices can never spend the same one. */
async function spendConsent(db: Executor, n: NotifyInput): Promise<boolean> {
  const rows = await query<{ remaining: number }>(
    db,
    sql`update ${noticeConsents} set remaining = remaining - 1, updated_at = now()
      where community_id = ${n.communityId} and user_id = ${n.userId} and kind = ${n.kind} and remaining > 0
      returning remaining`,
  );
  return rows.length > 0;
}
