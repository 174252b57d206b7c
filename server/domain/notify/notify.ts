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
import { bare, query } from '../../db/query';
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
  const noWeChat = sql`(u.${bare(users.openid)} like 'offline:%' or u.${bare(users.openid)} like 'deleted:%')`;
  const [row] = await query<{ id: string | null; channels: NoticeChannel[] | null; copies: number }>(
    db,
    sql`with n as (
        insert into ${inbox} (${bare(inbox.communityId)}, ${bare(inbox.userId)}, ${bare(inbox.kind)}, ${bare(inbox.title)}, ${bare(inbox.body)},
          ${bare(inbox.link)}, ${bare(inbox.payload)}, ${bare(inbox.dedupeKey)}, ${bare(inbox.visibleAt)})
        values (${n.communityId}, ${n.userId}, ${n.kind}, ${n.title}, ${n.body}, ${n.link}, ${payload}::jsonb,
          ${n.dedupeKey}, ${at}::timestamptz)
        on conflict do nothing
        returning ${bare(inbox.id)}),
      u as (
        select u.${bare(users.openid)}, u.${bare(users.phone)}, coalesce(u.${bare(users.name)}, u.${bare(users.nickname)}) as name,
          exists (select 1 from ${smsOptOuts} s where s.${bare(smsOptOuts.phone)} = u.${bare(users.phone)}) as opted_out
        from ${users} u where u.${bare(users.id)} = ${n.userId} and exists (select 1 from n)),
      spent as (
        update ${noticeConsents} set ${bare(noticeConsents.remaining)} = ${bare(noticeConsents.remaining)} - 1, ${bare(noticeConsents.updatedAt)} = now()
        where ${wechat} and ${bare(noticeConsents.communityId)} = ${n.communityId} and ${bare(noticeConsents.userId)} = ${n.userId}
          and ${bare(noticeConsents.kind)} = ${n.kind}
          and ${bare(noticeConsents.remaining)} > 0 and exists (select 1 from u where not ${noWeChat})
        returning 1),
      queued as (
        insert into ${outbox} (${bare(outbox.communityId)}, ${bare(outbox.kind)}, ${bare(outbox.channel)}, ${bare(outbox.noticeId)},
          ${bare(outbox.userId)}, ${bare(outbox.payload)}, ${bare(outbox.dedupeKey)}, ${bare(outbox.sendAfter)})
        select ${n.communityId}, ${n.kind}, 'wechat', n.${bare(inbox.id)}, ${n.userId}, ${sendPayload}::jsonb, ${n.dedupeKey}, ${at}::timestamptz
        from n where exists (select 1 from spent)
        union all
        select ${n.communityId}, ${n.kind}, 'sms', n.${bare(inbox.id)}, ${n.userId}, ${sendPayload}::jsonb, ${n.dedupeKey}, ${at}::timestamptz
        from n, u where ${sms} and ${noWeChat} and u.${bare(users.phone)} is not null and u.${bare(users.phone)} <> '' and not u.opted_out
        on conflict do nothing
        returning ${bare(outbox.channel)}),
      copies as (
        insert into ${inbox} (${bare(inbox.communityId)}, ${bare(inbox.userId)}, ${bare(inbox.kind)}, ${bare(inbox.title)}, ${bare(inbox.body)},
          ${bare(inbox.link)}, ${bare(inbox.payload)}, ${bare(inbox.dedupeKey)}, ${bare(inbox.visibleAt)})
        select ${n.communityId}, l.${bare(familyLinks.helperId)}, ${n.kind}, '【' || u.${bare(users.name)} || '】' || ${n.title}, ${n.body}, ${n.link},
          ${payload}::jsonb || jsonb_build_object('forUserId', ${n.userId}::text, 'forName', u.${bare(users.name)}),
          'copy:' || ${n.userId}::text || ':' || ${n.dedupeKey}::text, ${at}::timestamptz
        from ${familyLinks} l join ${users} h on h.${bare(users.id)} = l.${bare(familyLinks.helperId)}, u
        where l.${bare(familyLinks.communityId)} = ${n.communityId} and l.${bare(familyLinks.elderId)} = ${n.userId} and l.${bare(familyLinks.copyNotices)}
          and h.${bare(users.openid)} not like 'deleted:%'
        on conflict do nothing
        returning 1)
      select (select ${bare(inbox.id)} from n) as id, array(select ${bare(outbox.channel)} from queued) as channels,
        (select count(*)::int from copies) as copies`,
  );
  return { noticeId: row.id, channels: row.channels ?? [], copies: row.copies };
}
