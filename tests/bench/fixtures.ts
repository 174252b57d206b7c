/** Bench data, made with bulk SQL: a 600-seat event without an age limit and N residents of 碧鸡桥. */
import { sql } from 'drizzle-orm';
import type { Db } from '../../server/db/client';
import { query } from '../../server/db/query';

export const C = 'bijiqiao';

/** `n` members (openids `${prefix}-000001`…) born in 1950; returns openid → user id. */
export async function addResidents(db: Db, prefix: string, n: number): Promise<Map<string, string>> {
  const rows = await query<{ openid: string; id: string }>(
    db,
    sql`
    with u as (
      insert into users (openid, nickname, name, birth_year)
      select ${prefix} || '-' || lpad(g::text, 6, '0'), '居民' || g, '居民' || g, 1950
      from generate_series(1, ${n}) g
      returning id, openid),
    m as (
      insert into members (community_id, user_id, estate_id, building, unit)
      select ${C}, id, 'bijiyuan', '1栋', '1单元' from u)
    select openid, id from u`,
  );
  return new Map(rows.map((r) => [r.openid, r.id]));
}

/** A published event open for sign-up now, no age limit, waiting list on. */
export async function addEvent(db: Db, id: string, capacity: number): Promise<string> {
  await query(
    db,
    sql`
    insert into events (community_id, id, title, category, place, starts_at, ends_at, signup_opens_at,
      signup_closes_at, cancel_deadline, capacity, waitlist_enabled, max_party_size, min_age, status)
    values (${C}, ${id}, ${'压测活动 ' + id}, 'elderly', '活动室', now() + interval '10 days',
      now() + interval '10 days 3 hours', now() - interval '1 hour', now() + interval '8 days',
      now() + interval '7 days', ${capacity}, true, 1, null, 'published')`,
  );
  return id;
}
