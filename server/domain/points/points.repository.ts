import { sql } from 'drizzle-orm';
import type { PointsEntry, ResidentRow } from '@linli/types';
import type { Executor } from '../../db/client';
import { query } from '../../db/query';
import { maskPhone } from '../shared/mask';
import { pointsAccountId } from '../ledger/accounts';

const CODE_MEMO: Record<string, string> = {
  attendance: '参加活动',
  volunteer_hours: '志愿服务',
  manual_award: '社区奖励',
  manual_deduct: '社区扣减',
  redemption: '积分兑换',
  reversal: '冲正退回',
};

/**
 * A person's points history, newest first, with the event and who confirmed it; `before` (a cursor
 * from the previous page) continues after that entry. Keyset paging: stable while new entries arrive.
 */
export async function entriesPage(
  db: Executor,
  communityId: string,
  userId: string,
  limit: number,
  before?: string,
): Promise<{ entries: PointsEntry[]; nextCursor: string | null }> {
  const account = pointsAccountId(userId);
  const [beforeAt, beforeId] = before ? before.split('|') : [null, null];
  const rows = await query<{
    id: string;
    amount: string;
    to_account: string;
    code: string;
    memo: string;
    created_at: Date;
    cursor_at: string;
    event_title: string | null;
    actor_name: string | null;
  }>(
    db,
    sql`select t.id, t.amount, t.to_account, t.code, t.memo, t.created_at,
        to_char(t.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as cursor_at,
        coalesce(e.title, se.title) as event_title, coalesce(a.name, a.nickname) as actor_name
      from transfers t
      left join events e on t.ref_type = 'event' and e.community_id = t.community_id and e.id = t.ref_id
      left join volunteer_shifts s on t.ref_type = 'shift' and s.community_id = t.community_id and s.id = t.ref_id
      left join events se on se.community_id = s.community_id and se.id = s.event_id
      left join users a on a.id = t.actor_user_id
      where t.community_id = ${communityId} and t.unit = 'points' and (t.to_account = ${account} or t.from_account = ${account})
        ${beforeAt ? sql`and (t.created_at, t.id) < (${beforeAt}::timestamptz, ${beforeId})` : sql``}
      order by t.created_at desc, t.id desc limit ${limit + 1}`,
  );
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    entries: page.map((r) => ({
      id: r.id,
      amount: r.to_account === account ? Number(r.amount) : -Number(r.amount),
      code: r.code,
      memo: r.memo || CODE_MEMO[r.code] || r.code,
      createdAt: new Date(r.created_at).toISOString(),
      eventTitle: r.event_title,
      actorName: r.actor_name,
    })),
    nextCursor: rows.length > limit && last ? `${last.cursor_at}|${last.id}` : null,
  };
}

export async function entriesOf(
  db: Executor,
  communityId: string,
  userId: string,
  limit = 50,
): Promise<PointsEntry[]> {
  return (await entriesPage(db, communityId, userId, limit)).entries;
}

export async function residentRows(
  db: Executor,
  communityId: string,
  opts: { userId?: string; search?: string },
) {
  const like = opts.search ? `%${opts.search.replace(/[%_\\]/g, (c) => `\\${c}`)}%` : null;
  const rows = await query<{
    user_id: string;
    name: string;
    estate_name: string | null;
    building: string | null;
    unit: string | null;
    phone: string | null;
    balance: string | null;
  }>(
    db,
    sql`select m.user_id, coalesce(u.name, u.nickname) as name, es.name as estate_name, m.building, m.unit, u.phone,
        a.balance
      from members m join users u on u.id = m.user_id
      left join estates es on es.community_id = m.community_id and es.id = m.estate_id
      left join accounts a on a.community_id = m.community_id and a.id = 'points:' || m.user_id
      where m.community_id = ${communityId}
        ${opts.userId ? sql`and m.user_id = ${opts.userId}` : sql``}
        ${like ? sql`and (u.name ilike ${like} or u.nickname ilike ${like} or m.building ilike ${like})` : sql``}
      order by coalesce(a.balance, 0) desc, name limit 50`,
  );
  return rows.map((r): ResidentRow => ({
    userId: r.user_id,
    name: r.name,
    estateName: r.estate_name,
    building: r.building,
    unit: r.unit,
    phoneMasked: maskPhone(r.phone),
    balance: Number(r.balance ?? 0),
  }));
}

export async function serviceMinutes(db: Executor, communityId: string, userId: string): Promise<number> {
  const [row] = await query<{ m: string | null }>(
    db,
    sql`select sum(confirmed_minutes) as m from volunteer_shifts
      where community_id = ${communityId} and user_id = ${userId} and confirmed_at is not null`,
  );
  return Number(row?.m ?? 0);
}
