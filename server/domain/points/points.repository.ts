import { sql } from 'drizzle-orm';
import type { PointsEntry, ResidentRow } from '@linli/types';
import type { Executor } from '../../db/client';
import { bare, query } from '../../db/query';
import { accounts, events, members, estates, transfers, users, volunteerShifts } from '../../db/schema';
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
    sql`select t.${bare(transfers.id)}, t.${bare(transfers.amount)}, t.${bare(transfers.toAccount)}, t.${bare(transfers.code)}, t.${bare(transfers.memo)}, t.${bare(transfers.createdAt)},
        to_char(t.${bare(transfers.createdAt)} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as cursor_at,
        coalesce(e.${bare(events.title)}, se.${bare(events.title)}) as event_title, coalesce(a.${bare(users.name)}, a.${bare(users.nickname)}) as actor_name
      from ${transfers} t
      left join ${events} e on t.${bare(transfers.refType)} = 'event' and e.${bare(events.communityId)} = t.${bare(transfers.communityId)} and e.${bare(events.id)} = t.${bare(transfers.refId)}
      left join ${volunteerShifts} s on t.${bare(transfers.refType)} = 'shift' and s.${bare(volunteerShifts.communityId)} = t.${bare(transfers.communityId)} and s.${bare(volunteerShifts.id)} = t.${bare(transfers.refId)}
      left join ${events} se on se.${bare(events.communityId)} = s.${bare(volunteerShifts.communityId)} and se.${bare(events.id)} = s.${bare(volunteerShifts.eventId)}
      left join ${users} a on a.${bare(users.id)} = t.${bare(transfers.actorUserId)}
      where t.${bare(transfers.communityId)} = ${communityId} and t.${bare(transfers.unit)} = 'points' and (t.${bare(transfers.toAccount)} = ${account} or t.${bare(transfers.fromAccount)} = ${account})
        ${beforeAt ? sql`and (t.${bare(transfers.createdAt)}, t.${bare(transfers.id)}) < (${beforeAt}::timestamptz, ${beforeId})` : sql``}
      order by t.${bare(transfers.createdAt)} desc, t.${bare(transfers.id)} desc limit ${limit + 1}`,
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
    sql`select m.${bare(members.userId)}, coalesce(u.${bare(users.name)}, u.${bare(users.nickname)}) as name, es.${bare(estates.name)} as estate_name, m.${bare(members.building)}, m.${bare(members.unit)}, u.${bare(users.phone)},
        a.${bare(accounts.balance)}
      from ${members} m join ${users} u on u.${bare(users.id)} = m.${bare(members.userId)}
      left join ${estates} es on es.${bare(estates.communityId)} = m.${bare(members.communityId)} and es.${bare(estates.id)} = m.${bare(members.estateId)}
      left join ${accounts} a on a.${bare(accounts.communityId)} = m.${bare(members.communityId)} and a.${bare(accounts.id)} = 'points:' || m.${bare(members.userId)}
      where m.${bare(members.communityId)} = ${communityId}
        ${opts.userId ? sql`and m.${bare(members.userId)} = ${opts.userId}` : sql``}
        ${like ? sql`and (u.${bare(users.name)} ilike ${like} or u.${bare(users.nickname)} ilike ${like}
          or m.${bare(members.building)} ilike ${like})` : sql``}
      order by coalesce(a.${bare(accounts.balance)}, 0) desc, coalesce(u.${bare(users.name)}, u.${bare(users.nickname)}) limit 50`,
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
    sql`select sum(${volunteerShifts.confirmedMinutes}) as m from ${volunteerShifts}
      where ${volunteerShifts.communityId} = ${communityId} and ${volunteerShifts.userId} = ${userId} and ${volunteerShifts.confirmedAt} is not null`,
  );
  return Number(row?.m ?? 0);
}
