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
import { familyLinks, inbox, noticeConsents, outbox, smsOptOuts, users } from '../../db/schema';
import { SMS_KINDS, WECHAT_KINDS } from './kinds';

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

/**
 * One statement, so a notice costs the cause a single round trip (sign-up holds the event lock while
 * it writes its notices): the inbox row; then, only if it was new, the WeChat row when a consent of the
 * kind was spent (guarded UPDATE … WHERE remaining > 0), the SMS row for a person without WeChat who
 * has a phone and did not opt out, and the copies for relatives who asked for them.
 */
export async function notify(db: Executor, n: NotifyInput): Promise<NotifyResult> {
  const at = (n.sendAfter ?? new Date()).toISOString();
  const payload = JSON.stringify(n.payload);
  const sendPayload = JSON.stringify({ ...n.payload, link: n.link });
  const wechat = WECHAT_KINDS.includes(n.kind);
  const sms = SMS_KINDS.includes(n.kind);
  const noWeChat = sql`(u.openid like 'offline:%' or u.openid like 'deleted:%')`;
  const [row] = await query<{ id: string | null; channels: NoticeChannel[] | null; copies: number }>(
    db,
    sql`with n as (
        insert into ${inbox} (community_id, user_id, kind, title, body, link, payload, dedupe_key, visible_at)
        values (${n.communityId}, ${n.userId}, ${n.kind}, ${n.title}, ${n.body}, ${n.link}, ${payload}::jsonb,
          ${n.dedupeKey}, ${at}::timestamptz)
        on conflict do nothing
        returning id),
      u as (
        select u.openid, u.phone, coalesce(u.name, u.nickname) as name,
          exists (select 1 from ${smsOptOuts} s where s.phone = u.phone) as opted_out
        from ${users} u where u.id = ${n.userId} and exists (select 1 from n)),
      spent as (
        update ${noticeConsents} set remaining = remaining - 1, updated_at = now()
        where ${wechat} and community_id = ${n.communityId} and user_id = ${n.userId} and kind = ${n.kind}
          and remaining > 0 and exists (select 1 from u where not ${noWeChat})
        returning 1),
      sent as (
        insert into ${outbox} (community_id, kind, channel, notice_id, user_id, payload, dedupe_key, send_after)
        select ${n.communityId}, ${n.kind}, 'wechat', n.id, ${n.userId}, ${sendPayload}::jsonb, ${n.dedupeKey}, ${at}::timestamptz
        from n where exists (select 1 from spent)
        union all
        select ${n.communityId}, ${n.kind}, 'sms', n.id, ${n.userId}, ${sendPayload}::jsonb, ${n.dedupeKey}, ${at}::timestamptz
        from n, u where ${sms} and ${noWeChat} and u.phone is not null and u.phone <> '' and not u.opted_out
        on conflict do nothing
        returning channel),
      copies as (
        insert into ${inbox} (community_id, user_id, kind, title, body, link, payload, dedupe_key, visible_at)
        select ${n.communityId}, l.helper_id, ${n.kind}, '【' || u.name || '】' || ${n.title}, ${n.body}, ${n.link},
          ${payload}::jsonb || jsonb_build_object('forUserId', ${n.userId}::text, 'forName', u.name),
          'copy:' || ${n.userId}::text || ':' || ${n.dedupeKey}::text, ${at}::timestamptz
        from ${familyLinks} l join ${users} h on h.id = l.helper_id, u
        where l.community_id = ${n.communityId} and l.elder_id = ${n.userId} and l.copy_notices
          and h.openid not like 'deleted:%'
        on conflict do nothing
        returning 1)
      select (select id from n) as id, array(select channel from sent) as channels,
        (select count(*)::int from copies) as copies`,
  );
  return { noticeId: row.id, channels: row.channels ?? [], copies: row.copies };
}
