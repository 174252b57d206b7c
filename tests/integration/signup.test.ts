/** Sign-up rules and the rush: seats and waiting-list slots are handed out exactly once. */
import { query } from '../../server/db/query';
import { sql } from 'drizzle-orm';
import { addEvent, addResidents } from './support/fixtures';
import { seededApi } from './support/seeded';
import { onPostgres } from './support/test-db';

const C = 'bijiqiao';
const BANQUET = 'chongyang-banquet';

const { t, api } = seededApi({ poolSize: 10 });

describe('重阳敬老宴 rules', () => {
  it('explains eligibility before sign-up and confirms an elder with a seat', async () => {
    const detail = await api.ok('demo-elder', 'events', 'detail', { communityId: C, eventId: BANQUET });
    expect(detail.eligibility).toEqual({ eligible: true, reasons: [] });
    const reg = await api.ok(
      'demo-elder',
      'events',
      'signup',
      { communityId: C, eventId: BANQUET, partySize: 2 },
      'elder-key-0001',
    );
    expect(reg).toMatchObject({ status: 'confirmed', partySize: 2, eventTitle: '重阳敬老宴' });
    expect(reg.seatNo).toBeGreaterThanOrEqual(1);
    const after = await api.ok('demo-elder', 'events', 'detail', { communityId: C, eventId: BANQUET });
    expect(after.myRegistration?.id).toBe(reg.id);
    expect(after.seatsLeft).toBe(detail.seatsLeft - 2);
    // 首页 knows, so it shows her seat rather than 报名 again; nobody else's places are in her home.
    const home = await api.ok('demo-elder', 'community', 'home', { communityId: C });
    expect(home.mine).toEqual([
      expect.objectContaining({ id: reg.id, eventId: BANQUET, status: 'confirmed', seatNo: reg.seatNo }),
    ]);
    expect((await api.ok('demo-resident', 'community', 'home', { communityId: C })).mine).toEqual([]);
  });

  it('returns the first answer to a retry with the same request key, and refuses a second sign-up', async () => {
    const first = await api.ok(
      'demo-elder',
      'events',
      'signup',
      { communityId: C, eventId: BANQUET, partySize: 2 },
      'elder-key-0001',
    );
    const mine = await api.ok('demo-elder', 'events', 'mine', { communityId: C });
    expect(mine.filter((r) => r.eventId === BANQUET)).toHaveLength(1);
    expect(first.id).toBe(mine.find((r) => r.eventId === BANQUET)!.id);
    const again = await api.err(
      'demo-elder',
      'events',
      'signup',
      { communityId: C, eventId: BANQUET, partySize: 1 },
      'elder-key-0002',
    );
    expect(again).toMatchObject({
      status: 409,
      code: 'EVENTS.ALREADY_REGISTERED',
      message: '您已经报过名了',
    });
  });

  it('refuses a request key reused for another action', async () => {
    const res = await api.err('demo-elder', 'user', 'updateProfile', { name: '张秀英' }, 'elder-key-0001');
    expect(res.code).toBe('REQUEST.KEY_REUSED');
  });

  it('refuses a younger resident, with the reason shown before they tap', async () => {
    const detail = await api.ok('demo-resident', 'events', 'detail', { communityId: C, eventId: BANQUET });
    expect(detail.eligibility.eligible).toBe(false);
    expect(detail.eligibility.reasons.map((r) => r.code)).toEqual(['EVENTS.TOO_YOUNG']);
    const res = await api.err('demo-resident', 'events', 'signup', {
      communityId: C,
      eventId: BANQUET,
      partySize: 1,
    });
    expect(res).toMatchObject({ status: 403, code: 'EVENTS.TOO_YOUNG' });
  });

  it('refuses a party larger than the event allows', async () => {
    const res = await api.err('demo-committee', 'events', 'signup', {
      communityId: C,
      eventId: BANQUET,
      partySize: 3,
    });
    expect(res.code).toBe('EVENTS.PARTY_TOO_LARGE');
    expect(res.message).toContain('最多 2 人');
  });

  it('refuses residents of other estates for an estate-only event, and sign-up before it opens', async () => {
    expect(
      (
        await api.err('demo-resident', 'events', 'signup', {
          communityId: C,
          eventId: 'bijiyuan-council',
          partySize: 1,
        })
      ).code,
    ).toBe('EVENTS.ESTATE_NOT_ELIGIBLE');
    expect(
      (
        await api.err('demo-resident', 'events', 'signup', {
          communityId: C,
          eventId: 'kids-crafts',
          partySize: 1,
        })
      ).code,
    ).toBe('EVENTS.NOT_OPEN_YET');
  });

  it('shows staff the roster with masked phones and searches by name', async () => {
    const roster = await api.ok('demo-staff', 'events', 'roster', {
      communityId: C,
      eventId: BANQUET,
      query: '张秀',
    });
    expect(roster).toEqual([
      expect.objectContaining({ name: '张秀英', status: 'confirmed', phoneMasked: '138****0001' }),
    ]);
  });
});

describe(`the rush on ${onPostgres ? 'PostgreSQL' : 'PGlite'}`, () => {
  it('hands out 50 seats exactly once to 300 concurrent residents (+30 retries) and waitlists the rest gap-free', async () => {
    const EVENT = await addEvent(t.db, C, 'rush-50', { capacity: 50 });
    const people = await addResidents(t.db, C, 'rush', 300);
    const requests = people.map((p) => ({ p, key: `rush-key-${p}` }));
    const retries = requests.slice(0, 30);
    const all = [...requests, ...retries].sort(() => Math.random() - 0.5);
    const replies = new Map<string, unknown[]>();
    let next = 0;
    await Promise.all(
      Array.from({ length: 25 }, async () => {
        while (next < all.length) {
          const { p, key } = all[next++];
          const res = await api.raw(
            'events',
            { action: 'signup', data: { communityId: C, eventId: EVENT, partySize: 1 }, requestKey: key },
            p,
          );
          expect(res.reply.ok).toBe(true);
          replies.set(p, [...(replies.get(p) ?? []), (res.reply as { data: unknown }).data]);
        }
      }),
    );
    // Every retry got the very same answer as the first attempt.
    for (const [, rs] of replies) for (const r of rs) expect(r).toEqual(rs[0]);

    const rows = await query<{ status: string; seat_no: number | null; pos: number | null }>(
      t.db,
      sql`
        select status, seat_no,
          case when status = 'waitlisted' then row_number() over (partition by status order by waitlist_seq) end as pos
        from registrations where community_id = ${C} and event_id = ${EVENT}`,
    );
    const seats = rows
      .filter((r) => r.status === 'confirmed')
      .map((r) => r.seat_no!)
      .sort((a, b) => a - b);
    expect(seats).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    const waitSeq = (
      await query<{ seq: number }>(
        t.db,
        sql`select waitlist_seq as seq from registrations
        where community_id = ${C} and event_id = ${EVENT} and status = 'waitlisted' order by waitlist_seq`,
      )
    ).map((r) => r.seq);
    expect(waitSeq).toEqual(Array.from({ length: 250 }, (_, i) => i + 1));
    const [ev] = await query<{ seats_taken: number; waitlist_seq: number }>(
      t.db,
      sql`
      select seats_taken, waitlist_seq from events where community_id = ${C} and id = ${EVENT}`,
    );
    expect(ev).toEqual({ seats_taken: 50, waitlist_seq: 250 });

    // What staff and residents are shown agrees with the rows.
    const row = (await api.ok('demo-staff', 'events', 'staffList', { communityId: C })).find(
      (e) => e.id === EVENT,
    )!;
    expect(row).toMatchObject({ confirmedCount: 50, waitlistedCount: 250, seatsLeft: 0, waitlistCount: 250 });
    const last = people[people.length - 1];
    const [mine] = await api.ok(last, 'events', 'mine', { communityId: C });
    const roster = await api.ok('demo-staff', 'events', 'roster', { communityId: C, eventId: EVENT });
    const inRoster = roster.find((r) => r.registrationId === mine.id)!;
    expect(inRoster.waitlistPosition).toBe(mine.waitlistPosition);
    if (mine.status === 'waitlisted') expect(mine.waitlistPosition).toBeLessThanOrEqual(250);
    const positions = roster
      .filter((r) => r.status === 'waitlisted')
      .map((r) => r.waitlistPosition!)
      .sort((a, b) => a - b);
    expect(positions).toEqual(Array.from({ length: 250 }, (_, i) => i + 1));
  });

  it('refuses a full event without a waiting list and rolls back nothing else', async () => {
    const EVENT = await addEvent(t.db, C, 'tiny', { capacity: 2, waitlist: false });
    const people = await addResidents(t.db, C, 'tiny', 5);
    const results = await Promise.all(
      people.map((p) =>
        api.raw(
          'events',
          {
            action: 'signup',
            data: { communityId: C, eventId: EVENT, partySize: 1 },
            requestKey: `tiny-${p}`,
          },
          p,
        ),
      ),
    );
    const codes = results.map((r) => (r.reply.ok ? 'ok' : r.reply.error.code)).sort();
    expect(codes).toEqual(['EVENTS.FULL', 'EVENTS.FULL', 'EVENTS.FULL', 'ok', 'ok']);
  });

  it('tells each new waiting-list entry its true position after cancellations and promotions, and reuses freed seats', async () => {
    const EVENT = await addEvent(t.db, C, 'positions', { capacity: 2 });
    const p = await addResidents(t.db, C, 'pos', 7);
    const signup = async (who: string) =>
      (await api.ok(who, 'events', 'signup', { communityId: C, eventId: EVENT, partySize: 1 }, `pos-${who}`)) as {
        id: string;
        status: string;
        seatNos: number[];
        waitlistPosition: number | null;
      };
    const cancel = (who: string, id: string) =>
      api.ok(who, 'events', 'cancelRegistration', { communityId: C, registrationId: id }, `pos-cancel-${who}`);
    const rankInRoster = async (id: string) =>
      (await api.ok('demo-staff', 'events', 'roster', { communityId: C, eventId: EVENT })).find((r) => r.registrationId === id)!
        .waitlistPosition;

    const r = [] as Awaited<ReturnType<typeof signup>>[];
    for (const who of p.slice(0, 5)) r.push(await signup(who));
    expect(r.map((x) => [x.status, x.seatNos, x.waitlistPosition])).toEqual([
      ['confirmed', [1], null],
      ['confirmed', [2], null],
      ['waitlisted', [], 1],
      ['waitlisted', [], 2],
      ['waitlisted', [], 3],
    ]);
    await cancel(p[3], r[3].id); // a waiting entry leaves
    await cancel(p[0], r[0].id); // a seat is freed: the head of the list (p[2]) is promoted into seat 1
    const sixth = await signup(p[5]);
    expect(sixth.waitlistPosition).toBe(2); // behind p[4] only
    expect(await rankInRoster(sixth.id)).toBe(2);
    await cancel(p[1], r[1].id); // p[4] promoted into seat 2
    const seventh = await signup(p[6]);
    expect(seventh.waitlistPosition).toBe(2);
    expect(await rankInRoster(seventh.id)).toBe(2);

    // Without a waiting list, a freed seat number goes to the next person who signs up.
    const NOLIST = await addEvent(t.db, C, 'reuse', { capacity: 2, waitlist: false });
    const q = await addResidents(t.db, C, 'reuse', 3);
    const one = async (who: string) =>
      (await api.ok(who, 'events', 'signup', { communityId: C, eventId: NOLIST, partySize: 1 }, `reuse-${who}`)) as {
        id: string;
        seatNos: number[];
      };
    const a = await one(q[0]);
    await one(q[1]);
    await api.ok(q[0], 'events', 'cancelRegistration', { communityId: C, registrationId: a.id }, `reuse-cancel-${q[0]}`);
    expect((await one(q[2])).seatNos).toEqual([1]);
    const [ev] = await query<{ seats_taken: number; seat_hwm: number }>(
      t.db,
      sql`select seats_taken, seat_hwm from events where community_id = ${C} and id = ${NOLIST}`,
    );
    expect(ev).toEqual({ seats_taken: 2, seat_hwm: 2 });
  });

  it('lets one person win only once when racing themselves with different keys', async () => {
    const EVENT = await addEvent(t.db, C, 'self-race', { capacity: 10 });
    const [p] = await addResidents(t.db, C, 'self', 1);
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        api.raw(
          'events',
          {
            action: 'signup',
            data: { communityId: C, eventId: EVENT, partySize: 1 },
            requestKey: `self-race-${i}xx`,
          },
          p,
        ),
      ),
    );
    expect(results.filter((r) => r.reply.ok)).toHaveLength(1);
    const [ev] = await query<{ seats_taken: number }>(
      t.db,
      sql`select seats_taken from events where id = ${EVENT}`,
    );
    expect(ev.seats_taken).toBe(1);
  });
});
