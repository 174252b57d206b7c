/**
 * The one way a cause tells a person something (消息). In the cause's transaction it writes the
 * inbox row (the channel of record) and, on top, the outbox rows for the channels that can reach
 * the person: WeChat only while a one-time consent of that kind is left (spent here by a guarded
 * UPDATE), SMS for people without WeChat who have a phone; and copies to relatives who asked for
 * them. A rolled-back cause therefore leaves nothing behind; a repeated cause (same dedupe key)
 * writes nothing twice.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { NoticeChannel, NoticeKind } from '@linli/types';
import type { Executor } from '../../db/client';
import { query } from '../../db/query';
import { writeWithReply, type Ctx } from '../shared/context';
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
 * The statement of one notice: the SQL function linli_notify (server/db/migrations/0016_notify_function.sql,
 * its plan prepared once per connection), so a notice costs the cause a single round trip or none (see
 * `notifyWithReply`): the inbox row; then, only if it was new, the WeChat row when a consent of the kind
 * was spent (guarded UPDATE … WHERE remaining > 0), the SMS row for a person without WeChat who has a
 * phone and did not opt out, and the copies for relatives who asked for them.
 */
export function notifyStatement(n: NotifyInput): SQL {
  const at = (n.sendAfter ?? new Date()).toISOString();
  const payload = JSON.stringify(n.payload);
  const sendPayload = JSON.stringify({ ...n.payload, link: n.link });
  const wechat = WECHAT_KINDS.includes(n.kind);
  const sms = SMS_KINDS.includes(n.kind);
  return sql`select o_id as id, o_channels as channels, o_copies as copies
      from linli_notify(${n.communityId}, ${n.userId}, ${n.kind}, ${n.title}, ${n.body}, ${n.link}, ${payload}::jsonb,
        ${sendPayload}::jsonb, ${n.dedupeKey}, ${at}::timestamptz, ${wechat}::boolean, ${sms}::boolean)`;
}

/** One notice, now, with what it did (which channels, how many copies). */
export async function notify(db: Executor, n: NotifyInput): Promise<NotifyResult> {
  const [row] = await query<{ id: string | null; channels: NoticeChannel[] | null; copies: number }>(db, notifyStatement(n));
  return { noticeId: row.id, channels: row.channels ?? [], copies: row.copies };
}

/**
 * Notices whose results the cause does not read, sent with the request's reply (the sign-up's notice
 * and reminder: no round trip of their own while the event row is locked), or now as one statement
 * where no reply is being stored.
 */
export async function notifyWithReply(ctx: Pick<Ctx, 'db' | 'withReply'>, notices: readonly NotifyInput[]): Promise<void> {
  await writeWithReply(ctx, notices.map(notifyStatement));
}
