/**
 * 消息 for the caller: the inbox (newest first, cursor paging), read marks, the WeChat consents the
 * app reports, and the choices about who else gets what (family copies, SMS opt-out).
 */
import { and, eq, sql } from 'drizzle-orm';
import type {
  ActionParsed,
  ConsentCount,
  InboxPage,
  NoticeKind,
  NoticePreferences,
  NoticeView,
  SmsOptOutResult,
  UnreadCount,
} from '@linli/types';
import type { Executor } from '../../db/client';
import { bare, query } from '../../db/query';
import { familyLinks, inbox, members, noticeConsents, smsOptOuts, users } from '../../db/schema';
import { fail } from '../shared/app-error';
import { audit } from '../shared/audit';
import { hasRole, type Ctx } from '../shared/context';

const PAGE = 20;

interface Row {
  id: string;
  kind: NoticeKind;
  title: string;
  body: string;
  link: string;
  visible_at: Date | string;
  read_at: Date | string | null;
  for_name: string | null;
}

const toView = (r: Row): NoticeView => ({
  id: r.id,
  kind: r.kind,
  title: r.title,
  body: r.body,
  link: r.link,
  at: new Date(r.visible_at).toISOString(),
  read: r.read_at !== null,
  forName: r.for_name,
});

/** The cursor is the last item's time and id: stable while new notices arrive on top. */
// The contract's one cursor shape (isoCursor) has microseconds; a JS time carries milliseconds.
const encodeCursor = (r: Row) => `${new Date(r.visible_at).toISOString().replace('Z', '000Z')}|${r.id}`;
function decodeCursor(c: string | undefined): { at: string; id: string } | null {
  if (!c) return null;
  const [at, id] = c.split('|');
  return at && id && !Number.isNaN(Date.parse(at)) ? { at, id } : null;
}

async function unreadOf(ctx: Ctx, communityId: string): Promise<number> {
  const [row] = await query<{ n: number }>(
    ctx.db,
    sql`select count(*)::int as n from ${inbox}
      where ${inbox.communityId} = ${communityId} and ${inbox.userId} = ${ctx.actor.userId} and ${inbox.readAt} is null
        and ${inbox.visibleAt} <= ${ctx.now.toISOString()}::timestamptz`,
  );
  return row.n;
}

export async function list(ctx: Ctx, input: ActionParsed<'notices', 'list'>): Promise<InboxPage> {
  const limit = input.limit ?? PAGE;
  const after = decodeCursor(input.cursor);
  const rows = await query<Row>(
    ctx.db,
    sql`select ${inbox.id}, ${inbox.kind}, ${inbox.title}, ${inbox.body}, ${inbox.link}, ${inbox.visibleAt}, ${inbox.readAt}, ${inbox.payload}->>'forName' as for_name
      from ${inbox}
      where ${inbox.communityId} = ${input.communityId} and ${inbox.userId} = ${ctx.actor.userId}
        and ${inbox.visibleAt} <= ${ctx.now.toISOString()}::timestamptz
        ${input.unreadOnly ? sql`and ${inbox.readAt} is null` : sql``}
        ${after ? sql`and (${inbox.visibleAt}, ${inbox.id}) < (${after.at}::timestamptz, ${after.id})` : sql``}
      order by ${inbox.visibleAt} desc, ${inbox.id} desc
      limit ${limit + 1}`,
  );
  const items = rows.slice(0, limit);
  return {
    items: items.map(toView),
    nextCursor: rows.length > limit ? encodeCursor(items[items.length - 1]) : null,
    unread: await unreadOf(ctx, input.communityId),
  };
}

export async function unread(ctx: Ctx, input: ActionParsed<'notices', 'unread'>): Promise<UnreadCount> {
  return { unread: await unreadOf(ctx, input.communityId) };
}

export async function markRead(ctx: Ctx, input: ActionParsed<'notices', 'markRead'>): Promise<UnreadCount> {
  if (input.ids.length === 0) return unread(ctx, input);
  await query(
    ctx.db,
    sql`update ${inbox} set ${bare(inbox.readAt)} = ${ctx.now.toISOString()}::timestamptz
      where ${bare(inbox.communityId)} = ${input.communityId} and ${bare(inbox.userId)} = ${ctx.actor.userId} and ${bare(inbox.readAt)} is null
        and ${bare(inbox.id)} in (${sql.join(
          input.ids.map((i) => sql`${i}`),
          sql`, `,
        )})`,
  );
  return unread(ctx, input);
}

export async function markAllRead(
  ctx: Ctx,
  input: ActionParsed<'notices', 'markAllRead'>,
): Promise<UnreadCount> {
  await query(
    ctx.db,
    sql`update ${inbox} set ${bare(inbox.readAt)} = ${ctx.now.toISOString()}::timestamptz
      where ${bare(inbox.communityId)} = ${input.communityId} and ${bare(inbox.userId)} = ${ctx.actor.userId} and ${bare(inbox.readAt)} is null
        and ${bare(inbox.visibleAt)} <= ${ctx.now.toISOString()}::timestamptz`,
  );
  return unread(ctx, input);
}

async function consentsOf(db: Executor, communityId: string, userId: string): Promise<ConsentCount[]> {
  const rows = await db
    .select({ kind: noticeConsents.kind, remaining: noticeConsents.remaining })
    .from(noticeConsents)
    .where(and(eq(noticeConsents.communityId, communityId), eq(noticeConsents.userId, userId)))
    .orderBy(noticeConsents.kind);
  return rows;
}

/** One accepted prompt = one message of that kind; the count is capped so a loop cannot run away. */
export async function consent(ctx: Ctx, input: ActionParsed<'notices', 'consent'>): Promise<ConsentCount[]> {
  for (const kind of new Set(input.kinds)) {
    await query(
      ctx.db,
      sql`insert into ${noticeConsents} (${bare(noticeConsents.communityId)}, ${bare(noticeConsents.userId)}, ${bare(noticeConsents.kind)}, ${bare(noticeConsents.remaining)}, ${bare(noticeConsents.updatedAt)})
        values (${input.communityId}, ${ctx.actor.userId}, ${kind}, 1, ${ctx.now.toISOString()}::timestamptz)
        on conflict (${bare(noticeConsents.communityId)}, ${bare(noticeConsents.userId)}, ${bare(noticeConsents.kind)}) do update
          set ${bare(noticeConsents.remaining)} = least(${noticeConsents.remaining} + 1, 1000),
            ${bare(noticeConsents.updatedAt)} = excluded.${bare(noticeConsents.updatedAt)}`,
    );
  }
  return consentsOf(ctx.db, input.communityId, ctx.actor.userId);
}

export async function preferences(
  ctx: Ctx,
  input: ActionParsed<'notices', 'preferences'>,
): Promise<NoticePreferences> {
  const me = ctx.actor.userId;
  const copies = await query<{ link_id: string; elder_id: string; elder_name: string; on: boolean }>(
    ctx.db,
    sql`select l.${bare(familyLinks.id)} as link_id, l.${bare(familyLinks.elderId)}, coalesce(e.${bare(users.name)}, e.${bare(users.nickname)}) as elder_name, l.${bare(familyLinks.copyNotices)} as on
      from ${familyLinks} l join ${users} e on e.${bare(users.id)} = l.${bare(familyLinks.elderId)}
      where l.${bare(familyLinks.communityId)} = ${input.communityId} and l.${bare(familyLinks.helperId)} = ${me} and e.${bare(users.openid)} not like 'deleted:%'
      order by l.${bare(familyLinks.createdAt)}, l.${bare(familyLinks.id)}`,
  );
  const [opt] = await query<{ out: boolean }>(
    ctx.db,
    sql`select exists (select 1 from ${smsOptOuts} s join ${users} u on u.${bare(users.phone)} = s.${bare(smsOptOuts.phone)} where u.${bare(users.id)} = ${me}) as out`,
  );
  return {
    consents: await consentsOf(ctx.db, input.communityId, me),
    familyCopies: copies.map((c) => ({
      linkId: c.link_id,
      elderId: c.elder_id,
      elderName: c.elder_name,
      on: c.on,
    })),
    smsOptOut: opt.out,
  };
}

/** Only the relative (the helper of the link) chooses to receive copies. */
export async function familyCopies(
  ctx: Ctx,
  input: ActionParsed<'notices', 'familyCopies'>,
): Promise<NoticePreferences> {
  const changed = await ctx.db
    .update(familyLinks)
    .set({ copyNotices: input.on })
    .where(
      and(
        eq(familyLinks.communityId, input.communityId),
        eq(familyLinks.id, input.linkId),
        eq(familyLinks.helperId, ctx.actor.userId),
      ),
    )
    .returning({ id: familyLinks.id });
  if (changed.length === 0) fail('NOTICES.LINK_NOT_FOUND');
  return preferences(ctx, input);
}

/**
 * No SMS to this person's number. The person may set it for themselves; staff and grid workers set it
 * for an elder who asked in person (audited). Keyed by the number, so a reply-based opt-out fits too.
 */
export async function smsOptOut(
  ctx: Ctx,
  input: ActionParsed<'notices', 'smsOptOut'>,
): Promise<SmsOptOutResult> {
  const target = input.residentId ?? ctx.actor.userId;
  const forOther = target !== ctx.actor.userId;
  if (forOther && !hasRole(ctx, 'staff', 'grid_worker')) fail('AUTH.FORBIDDEN');
  const [person] = await ctx.db
    .select({ phone: users.phone })
    .from(members)
    .innerJoin(users, eq(users.id, members.userId))
    .where(and(eq(members.communityId, input.communityId), eq(members.userId, target)));
  if (!person) fail('NOTICES.PERSON_NOT_FOUND');
  if (!person.phone) fail('NOTICES.NO_PHONE');
  if (input.optOut) {
    await ctx.db
      .insert(smsOptOuts)
      .values({ phone: person.phone, communityId: input.communityId, setBy: ctx.actor.userId })
      .onConflictDoNothing();
  } else {
    await ctx.db.delete(smsOptOuts).where(eq(smsOptOuts.phone, person.phone));
  }
  if (forOther) {
    await audit(ctx.db, {
      communityId: input.communityId,
      actorUserId: ctx.actor.userId,
      action: input.optOut ? 'notices.sms_opt_out' : 'notices.sms_opt_in',
      targetType: 'resident',
      targetId: target,
    });
  }
  return { userId: target, optOut: input.optOut };
}
