/**
 * The notices of the events domain, worded once: sign-up result, reminder, promotion, cancellation
 * and change of time or place. The events services call these inside their transactions.
 */
import crypto from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client';
import { bare, query } from '../../db/query';
import { events, inbox, outbox, registrations } from '../../db/schema';
import { chinaTimeText } from './senders';
import { notify, notifyWithReply, type NotifyInput } from './notify';
import type { Ctx } from '../shared/context';

type EventRow = typeof events.$inferSelect;
export type EventFacts = Pick<
  EventRow,
  'communityId' | 'id' | 'title' | 'startsAt' | 'place' | 'reminderHours'
>;

export const eventLink = (eventId: string) => `/pages/event/index?id=${encodeURIComponent(eventId)}`;
const seatsText = (seatNos: number[]) => seatNos.join('、');
const reminderDue = (e: EventFacts) => new Date(e.startsAt.getTime() - e.reminderHours * 3600_000);
const reminderBody = (e: EventFacts) => `${chinaTimeText(e.startsAt)} 开始，地点：${e.place}`;
const basePayload = (e: EventFacts) => ({
  eventId: e.id,
  title: e.title,
  startsAt: e.startsAt.toISOString(),
  place: e.place,
});

/** The reminder, shown and sent `reminderHours` before the start; cancelled with its registration. */
function reminder(e: EventFacts, registrationId: string, userId: string): NotifyInput {
  return {
    communityId: e.communityId,
    userId,
    kind: 'reminder',
    title: `活动提醒：${e.title}`,
    body: reminderBody(e),
    link: eventLink(e.id),
    payload: basePayload(e),
    dedupeKey: `reminder:${registrationId}`,
    sendAfter: reminderDue(e),
  };
}

/**
 * The sign-up's result (and, when confirmed, its reminder): written with the request's reply, so the
 * rush path spends no round trip of its own on them while the event row is locked.
 */
export async function notifySignedUp(
  ctx: Pick<Ctx, 'db' | 'withReply'>,
  e: EventFacts,
  r: {
    id: string;
    userId: string;
    status: 'confirmed' | 'waitlisted';
    seatNos: number[];
    position: number | null;
  },
) {
  const confirmed = r.status === 'confirmed';
  const result: NotifyInput = {
    communityId: e.communityId,
    userId: r.userId,
    kind: 'signup_confirmed',
    title: confirmed ? `报名成功：${e.title}` : `已进入候补：${e.title}`,
    body: confirmed
      ? `座位 ${seatsText(r.seatNos)} 号。${reminderBody(e)}`
      : `候补第 ${r.position ?? '—'} 位，有人取消时按顺序递补，递补成功会在“消息”里告诉您。`,
    link: eventLink(e.id),
    payload: {
      ...basePayload(e),
      registrationId: r.id,
      status: r.status,
      seatNos: r.seatNos,
      position: r.position,
    },
    dedupeKey: `signup:${r.id}`,
  };
  await notifyWithReply(ctx, confirmed ? [result, reminder(e, r.id, r.userId)] : [result]);
}

/** Promoted from the waiting list, with its reminder: one statement, now (the promotion loop goes on reading). */
export async function notifyPromoted(
  db: Executor,
  e: EventFacts,
  r: { id: string; userId: string; seatNos: number[] },
) {
  await notifyWithReply({ db }, [
    {
      communityId: e.communityId,
      userId: r.userId,
      kind: 'promoted',
      title: `候补成功：${e.title}`,
      body: `您的座位是 ${seatsText(r.seatNos)} 号。${reminderBody(e)}`,
      link: eventLink(e.id),
      payload: { ...basePayload(e), registrationId: r.id, seatNos: r.seatNos },
      dedupeKey: `promoted:${r.id}`,
    },
    reminder(e, r.id, r.userId),
  ]);
}

export async function notifyEventCancelled(db: Executor, e: EventFacts, userId: string, reason: string) {
  await notify(db, {
    communityId: e.communityId,
    userId,
    kind: 'event_cancelled',
    title: `活动取消：${e.title}`,
    body: `原定 ${chinaTimeText(e.startsAt)} 的活动已取消。原因：${reason}`,
    link: eventLink(e.id),
    payload: { ...basePayload(e), reason },
    dedupeKey: `event_cancelled:${e.id}:${userId}`,
  });
}

/**
 * Staff changed an event. Reminders not yet shown follow the new start (and reminder hours); when the
 * time or the place changed, every active registrant is told, once per version of time and place.
 */
export async function notifyEventChanged(db: Executor, before: EventFacts, after: EventFacts) {
  const moved = before.startsAt.getTime() !== after.startsAt.getTime();
  const placeChanged = before.place !== after.place;
  if (!moved && !placeChanged && before.reminderHours === after.reminderHours) return;
  await retimeReminders(db, after);
  if (!moved && !placeChanged) return;
  const version = crypto
    .createHash('sha1')
    .update(`${after.startsAt.toISOString()}|${after.place}`)
    .digest('hex')
    .slice(0, 12);
  const people = await query<{ user_id: string }>(
    db,
    sql`select distinct ${registrations.userId} from ${registrations}
      where ${registrations.communityId} = ${after.communityId} and ${registrations.eventId} = ${after.id} and ${registrations.status} in ('confirmed', 'waitlisted')`,
  );
  const what = [
    moved ? `时间改为 ${chinaTimeText(after.startsAt)}` : '',
    placeChanged ? `地点改为 ${after.place}` : '',
  ]
    .filter(Boolean)
    .join('，');
  for (const p of people) {
    await notify(db, {
      communityId: after.communityId,
      userId: p.user_id,
      kind: 'event_changed',
      title: `活动变更：${after.title}`,
      body: `${what}。原定 ${chinaTimeText(before.startsAt)}，${before.place}。`,
      link: eventLink(after.id),
      payload: {
        ...basePayload(after),
        previousStartsAt: before.startsAt.toISOString(),
        previousPlace: before.place,
      },
      dedupeKey: `event_changed:${after.id}:${version}`,
    });
  }
}

/** Pending reminder sends and not-yet-shown reminder inbox rows (and family copies) move to the new time. */
async function retimeReminders(db: Executor, e: EventFacts) {
  const due = reminderDue(e).toISOString();
  const patch = JSON.stringify({ startsAt: e.startsAt.toISOString(), place: e.place });
  await query(
    db,
    sql`update ${outbox} o set ${bare(outbox.sendAfter)} = ${due}::timestamptz, ${bare(outbox.payload)} = o.${bare(outbox.payload)} || ${patch}::jsonb
      from ${registrations} r
      where r.${bare(registrations.communityId)} = ${e.communityId} and r.${bare(registrations.eventId)} = ${e.id} and o.${bare(outbox.communityId)} = ${e.communityId}
        and o.${bare(outbox.dedupeKey)} = 'reminder:' || r.${bare(registrations.id)} and o.${bare(outbox.status)} = 'pending'`,
  );
  await query(
    db,
    sql`update ${inbox} i set ${bare(inbox.visibleAt)} = ${due}::timestamptz, ${bare(inbox.body)} = ${reminderBody(e)},
        ${bare(inbox.payload)} = i.${bare(inbox.payload)} || ${patch}::jsonb
      from ${registrations} r
      where r.${bare(registrations.communityId)} = ${e.communityId} and r.${bare(registrations.eventId)} = ${e.id} and i.${bare(inbox.communityId)} = ${e.communityId}
        and i.${bare(inbox.visibleAt)} > now()
        and (i.${bare(inbox.dedupeKey)} = 'reminder:' || r.${bare(registrations.id)} or i.${bare(inbox.dedupeKey)} like 'copy:%:reminder:' || r.${bare(registrations.id)})`,
  );
}
