/** What people read about points: their own balance and history, the certificate, staff overviews. */
import { sql } from 'drizzle-orm';
import type {
  PointsPage,
  ActionParsed,
  InvariantReport,
  PointsOverview,
  PointsSummary,
  ResidentLedger,
  ResidentRow,
  VolunteerCertificate,
} from '@linli/types';
import { query } from '../../db/query';
import { fail } from '../shared/app-error';
import type { Ctx } from '../shared/context';
import { ACCOUNTS, pointsAccountId } from '../ledger/accounts';
import { balanceOf } from '../ledger/ledger';
import { coverage } from '../ledger/coverage';
import { recordInvariants } from '../ledger/invariants';
import { findCommunity } from '../community/community.repository';
import { getUser } from '../users/users.repository';
import { entriesOf, entriesPage, residentRows, serviceMinutes } from './points.repository';

export async function mine(ctx: Ctx, input: ActionParsed<'points', 'mine'>): Promise<PointsSummary> {
  const account = pointsAccountId(ctx.actor.userId);
  const [totals] = await query<{ earned: string | null; spent: string | null }>(
    ctx.db,
    sql`select sum(amount) filter (where to_account = ${account}) as earned,
        sum(amount) filter (where from_account = ${account}) as spent
      from transfers where community_id = ${input.communityId} and unit = 'points'
        and (to_account = ${account} or from_account = ${account})`,
  );
  return {
    balance: await balanceOf(ctx.db, input.communityId, account),
    earnedTotal: Number(totals?.earned ?? 0),
    spentTotal: Number(totals?.spent ?? 0),
    serviceMinutes: await serviceMinutes(ctx.db, input.communityId, ctx.actor.userId),
    ...(await recentPage(ctx, input.communityId)),
  };
}

const PAGE = 30;

async function recentPage(ctx: Ctx, communityId: string) {
  const { entries, nextCursor } = await entriesPage(ctx.db, communityId, ctx.actor.userId, PAGE);
  return { recent: entries, moreCursor: nextCursor };
}

/** The caller's own older entries; a cursor only ever pages the caller's own account. */
export async function history(ctx: Ctx, input: ActionParsed<'points', 'history'>): Promise<PointsPage> {
  return entriesPage(ctx.db, input.communityId, ctx.actor.userId, PAGE, input.before);
}

/** 志愿服务记录证明: every confirmed shift, as recorded by its organizer (谁组织谁记录). */
export async function certificate(
  ctx: Ctx,
  input: ActionParsed<'points', 'certificate'>,
): Promise<VolunteerCertificate> {
  const [user, community] = await Promise.all([
    getUser(ctx.db, ctx.actor.userId),
    findCommunity(ctx.db, input.communityId),
  ]);
  const rows = await query<{
    id: string;
    title: string;
    starts_at: Date;
    role: string;
    minutes: number;
    confirmer: string | null;
  }>(
    ctx.db,
    sql`select s.id, e.title, e.starts_at, r.name as role, s.confirmed_minutes as minutes, coalesce(c.name, c.nickname) as confirmer
      from volunteer_shifts s
      join events e on e.community_id = s.community_id and e.id = s.event_id
      join event_roles r on r.community_id = s.community_id and r.event_id = s.event_id and r.id = s.role_id
      left join users c on c.id = s.confirmed_by
      where s.community_id = ${input.communityId} and s.user_id = ${ctx.actor.userId} and s.confirmed_at is not null
      order by e.starts_at`,
  );
  const organizer = community!.name;
  const records = rows.map((r) => ({
    eventTitle: r.title,
    date: new Date(r.starts_at).toISOString(),
    roleName: r.role,
    minutes: r.minutes,
    organizer,
    confirmedBy: r.confirmer,
  }));
  return {
    serial: `LL-${input.communityId.toUpperCase()}-${ctx.actor.userId.slice(0, 8).toUpperCase()}`,
    holderName: user.name ?? user.nickname,
    communityName: organizer,
    records,
    totalMinutes: records.reduce((s, r) => s + r.minutes, 0),
    issuedAt: ctx.now.toISOString(),
  };
}

export async function overview(ctx: Ctx, input: ActionParsed<'points', 'overview'>): Promise<PointsOverview> {
  const c = input.communityId;
  const [t] = await query<{
    issued: string | null;
    redeemed: string | null;
    deducted: string | null;
    reversed: string | null;
  }>(
    ctx.db,
    sql`select
      sum(amount) filter (where from_account = ${ACCOUNTS.issuance.id}) as issued,
      sum(amount) filter (where to_account = ${ACCOUNTS.redeemed.id}) as redeemed,
      sum(amount) filter (where to_account = ${ACCOUNTS.issuance.id} and code = 'manual_deduct') as deducted,
      sum(amount) filter (where from_account = ${ACCOUNTS.redeemed.id}) as reversed
      from transfers where community_id = ${c} and unit = 'points'`,
  );
  const top = await query<{ user_id: string; name: string; minutes: string; points: string | null }>(
    ctx.db,
    sql`select s.user_id, coalesce(u.name, u.nickname) as name, sum(s.confirmed_minutes) as minutes,
        (select balance from accounts a where a.community_id = ${c} and a.id = 'points:' || s.user_id) as points
      from volunteer_shifts s join users u on u.id = s.user_id
      where s.community_id = ${c} and s.confirmed_at is not null
      group by s.user_id, u.name, u.nickname order by sum(s.confirmed_minutes) desc limit 10`,
  );
  const cov = await coverage(ctx.db, c);
  return {
    issued: Number(t?.issued ?? 0),
    redeemed: Number(t?.redeemed ?? 0) - Number(t?.reversed ?? 0),
    deducted: Number(t?.deducted ?? 0),
    outstanding: cov.outstandingPoints,
    topVolunteers: top.map((r) => ({
      userId: r.user_id,
      name: r.name,
      minutes: Number(r.minutes),
      points: Number(r.points ?? 0),
    })),
    coverage: cov,
  };
}

export async function residents(
  ctx: Ctx,
  input: ActionParsed<'points', 'residents'>,
): Promise<ResidentRow[]> {
  return residentRows(ctx.db, input.communityId, { search: input.query });
}

export async function ledgerOf(ctx: Ctx, communityId: string, residentId: string): Promise<ResidentLedger> {
  const [resident] = await residentRows(ctx.db, communityId, { userId: residentId });
  if (!resident) fail('POINTS.RESIDENT_NOT_FOUND');
  return { resident, entries: await entriesOf(ctx.db, communityId, residentId, 200) };
}

export async function ledger(ctx: Ctx, input: ActionParsed<'points', 'ledger'>): Promise<ResidentLedger> {
  return ledgerOf(ctx, input.communityId, input.residentId);
}

export async function invariants(
  ctx: Ctx,
  input: ActionParsed<'points', 'invariants'>,
): Promise<InvariantReport> {
  return recordInvariants(ctx.db, input.communityId, ctx.now);
}
