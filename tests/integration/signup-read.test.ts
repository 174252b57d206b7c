/**
 * Issue 17: the sign-up reads the event and the person inside linli_signup, writes when the event is
 * open, and only then applies the rules (server/domain/events/eligibility.ts) — so a refusal must
 * roll back what the call wrote, and the event it hands back must be the row drizzle would read.
 * Both engines (DATABASE_URL selects PostgreSQL).
 */
import { and, eq, sql } from 'drizzle-orm';
import { query } from '../../server/db/query';
import { events, inbox, registrations, requestKeys, users } from '../../server/db/schema';
import { eventFromJson, findEvent } from '../../server/domain/events/events.repository';
import { seededApi } from './support/seeded';

const C = 'bijiqiao';
const BANQUET = 'chongyang-banquet';

const { t, api } = seededApi();

async function counters(eventId: string) {
  const [e] = await t.db
    .select({ seatsTaken: events.seatsTaken, seatHwm: events.seatHwm, waitlistSeq: events.waitlistSeq })
    .from(events)
    .where(and(eq(events.communityId, C), eq(events.id, eventId)));
  return e;
}

/** A sign-up the rules refuse: its error. */
const refusal = (openid: string, eventId: string, partySize: number, key: string) =>
  api.err(openid, 'events', 'signup', { communityId: C, eventId, partySize }, key);

async function userId(openid: string): Promise<string> {
  const [u] = await t.db.select({ id: users.id }).from(users).where(eq(users.openid, openid));
  return u.id;
}

async function traces(openid: string, eventId: string) {
  const id = await userId(openid);
  const regs = await t.db
    .select({ id: registrations.id })
    .from(registrations)
    .where(
      and(eq(registrations.communityId, C), eq(registrations.eventId, eventId), eq(registrations.userId, id)),
    );
  const notices = await t.db
    .select({ id: inbox.id })
    .from(inbox)
    .where(
      and(eq(inbox.communityId, C), eq(inbox.userId, id), sql`${inbox.payload}->>'eventId' = ${eventId}`),
    );
  return { registrations: regs.length, notices: notices.length };
}

describe('the sign-up read inside linli_signup', () => {
  it('hands back the event exactly as drizzle reads it (dates, jsonb, nulls)', async () => {
    for (const id of [BANQUET, 'river-cleanup']) {
      const [row] = await query<{ j: Record<string, unknown> }>(
        t.db,
        sql`select to_jsonb(e) as j from ${events} e where e.community_id = ${C} and e.id = ${id}`,
      );
      const read = await findEvent(t.db, C, id);
      expect(read).toBeDefined();
      expect(eventFromJson(row.j)).toEqual(read);
    }
  });

  it('rolls back the seat it took when the rules then refuse (too young for the 60+ banquet)', async () => {
    const before = await counters(BANQUET);
    const refused = await refusal('demo-resident', BANQUET, 1, 'young-key-0001');
    expect(refused.code).toBe('EVENTS.TOO_YOUNG');
    expect(await counters(BANQUET)).toEqual(before);
    expect(await traces('demo-resident', BANQUET)).toEqual({ registrations: 0, notices: 0 });
    // The refusal is remembered under the key: the retry gets the same answer and still writes nothing.
    const retry = await refusal('demo-resident', BANQUET, 1, 'young-key-0001');
    expect(retry.code).toBe('EVENTS.TOO_YOUNG');
    expect(await counters(BANQUET)).toEqual(before);
  });

  it('rolls back a party larger than the event allows, and then signs the same person up', async () => {
    const before = await counters(BANQUET);
    const refused = await refusal('demo-elder', BANQUET, 3, 'party-key-0001');
    expect(refused.code).toBe('EVENTS.PARTY_TOO_LARGE');
    expect(refused.message).toContain('最多 2 人');
    expect(await counters(BANQUET)).toEqual(before);
    expect(await traces('demo-elder', BANQUET)).toEqual({ registrations: 0, notices: 0 });

    const reg = await api.ok(
      'demo-elder',
      'events',
      'signup',
      { communityId: C, eventId: BANQUET, partySize: 2 },
      'party-key-0002',
    );
    expect(reg.status).toBe('confirmed');
    expect(await counters(BANQUET)).toMatchObject({ seatsTaken: before.seatsTaken + 2 });
    // The notice and the reminder went with the reply, in the same transaction.
    expect(await traces('demo-elder', BANQUET)).toEqual({ registrations: 1, notices: 2 });
    const [key] = await t.db
      .select({ reply: requestKeys.reply })
      .from(requestKeys)
      .where(and(eq(requestKeys.userId, await userId('demo-elder')), eq(requestKeys.key, 'party-key-0002')));
    expect(key.reply).toMatchObject({ status: 200, reply: { ok: true, data: { id: reg.id } } });
  });

  it('answers a missing event and a draft alike, writing nothing', async () => {
    const missing = await refusal('demo-elder', 'no-such-event', 1, 'missing-key-01');
    expect(missing.code).toBe('EVENTS.NOT_FOUND');
    await t.db
      .update(events)
      .set({ status: 'draft' })
      .where(and(eq(events.communityId, C), eq(events.id, 'river-cleanup')));
    const before = await counters('river-cleanup');
    const draft = await refusal('demo-resident', 'river-cleanup', 1, 'draft-key-0001');
    expect(draft.code).toBe('EVENTS.NOT_FOUND');
    expect(await counters('river-cleanup')).toEqual(before);
    expect(await traces('demo-resident', 'river-cleanup')).toEqual({ registrations: 0, notices: 0 });
  });
});
