import type { ActionInput } from '@linli/types';
import { query } from '../../../server/db/query';
import { sql } from 'drizzle-orm';
import type { Db } from '../../../server/db/client';

/** Inserts `n` members of `communityId` (openids `${prefix}-0001`…) born in `birthYear`, in one statement. */
export async function addResidents(db: Db, communityId: string, prefix: string, n: number, birthYear = 1950) {
  await query<Record<string, unknown>>(db, sql`
    with u as (
      insert into users (openid, nickname, name, birth_year)
      select ${prefix} || '-' || lpad(g::text, 4, '0'), '居民' || g, '居民' || g, ${birthYear}
      from generate_series(1, ${n}) g
      returning id)
    insert into members (community_id, user_id, estate_id, building, unit)
    select ${communityId}, id, 'bijiyuan', '1栋', '1单元' from u`);
  return Array.from({ length: n }, (_, i) => `${prefix}-${String(i + 1).padStart(4, '0')}`);
}

/** A published event open for sign-up now; returns its id. */
export async function addEvent(
  db: Db,
  communityId: string,
  id: string,
  opts: { capacity: number; waitlist?: boolean; maxParty?: number; minAge?: number | null },
) {
  await query<Record<string, unknown>>(db, sql`
    insert into events (community_id, id, title, category, place, starts_at, ends_at, signup_opens_at,
      signup_closes_at, cancel_deadline, capacity, waitlist_enabled, max_party_size, min_age, status)
    values (${communityId}, ${id}, ${'测试活动 ' + id}, 'elderly', '活动室', now() + interval '10 days',
      now() + interval '10 days 3 hours', now() - interval '1 hour', now() + interval '8 days',
      now() + interval '7 days', ${opts.capacity}, ${opts.waitlist ?? true}, ${opts.maxParty ?? 1},
      ${opts.minAge ?? null}, 'published')`);
  return id;
}

/**
 * A valid `events.create` input: starts in 10 days, sign-up open since yesterday, 10 seats, no roles.
 * Tests override what they are about.
 */
export function eventInput(
  communityId: string,
  over: Partial<ActionInput<'events', 'create'>> = {},
): ActionInput<'events', 'create'> {
  const at = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
  return {
    communityId,
    title: '测试活动',
    body: '',
    category: 'elderly',
    place: '活动室',
    coverUrl: null,
    startsAt: at(10),
    endsAt: at(10.1),
    signupOpensAt: at(-1),
    signupClosesAt: at(9),
    cancelDeadline: at(8),
    capacity: 10,
    waitlistEnabled: false,
    maxPartySize: 1,
    minAge: null,
    estateIds: [],
    attendancePoints: 0,
    reminderHours: 0,
    volunteerRoles: [],
    ...over,
  };
}
