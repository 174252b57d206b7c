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
import { bare, query } from '../../db/query';
import { accounts, eventRoles, events, transfers, users, volunteerShifts } from '../../db/schema';
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
    sql`select sum(${transfers.amount}) filter (where ${transfers.toAccount} = ${account}) as earned,
        sum(${transfers.amount}) filter (where ${transfers.fromAccount} = ${account}) as spent
      from ${transfers} where ${transfers.communityId} = ${input.communityId} and ${transfers.unit} = 'points'
        and (${transfers.toAccount} = ${account} or ${transfers.fromAccount} = ${account})`,
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
    sql`select s.${bare(volunteerShifts.id)}, e.${bare(events.title)}, e.${bare(events.startsAt)}, r.${bare(eventRoles.name)} as role, s.${bare(volunteerShifts.confirmedMinutes)} as minutes, coalesce(c.${bare(users.name)}, c.${bare(users.nickname)}) as confirmer
      from ${volunteerShifts} s
      join ${events} e on e.${bare(events.communityId)} = s.${bare(volunteerShifts.communityId)} and e.${bare(events.id)} = s.${bare(volunteerShifts.eventId)}
      join ${eventRoles} r on r.${bare(eventRoles.communityId)} = s.${bare(volunteerShifts.communityId)} and r.${bare(eventRoles.eventId)} = s.${bare(volunteerShifts.eventId)} and r.${bare(eventRoles.id)} = s.${bare(volunteerShifts.roleId)}
      left join ${users} c on c.${bare(users.id)} = s.${bare(volunteerShifts.confirmedBy)}
      where s.${bare(volunteerShifts.communityId)} = ${input.communityId} and s.${bare(volunteerShifts.userId)} = ${ctx.actor.userId} and s.${bare(volunteerShifts.confirmedAt)} is not null
      order by e.${bare(events.startsAt)}`,
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
      sum(${transfers.amount}) filter (where ${transfers.fromAccount} = ${ACCOUNTS.issuance.id}) as issued,
      sum(${transfers.amount}) filter (where ${transfers.toAccount} = ${ACCOUNTS.redeemed.id}) as redeemed,
      sum(${transfers.amount}) filter (where ${transfers.toAccount} = ${ACCOUNTS.issuance.id} and ${transfers.code} = 'manual_deduct') as deducted,
      sum(${transfers.amount}) filter (where ${transfers.fromAccount} = ${ACCOUNTS.redeemed.id}) as reversed
      from ${transfers} where ${transfers.communityId} = ${c} and ${transfers.unit} = 'points'`,
  );
  const top = await query<{ user_id: string; name: string; minutes: string; points: string | null }>(
    ctx.db,
    sql`select s.${bare(volunteerShifts.userId)}, coalesce(u.${bare(users.name)}, u.${bare(users.nickname)}) as name, sum(s.${bare(volunteerShifts.confirmedMinutes)}) as minutes,
        (select ${bare(accounts.balance)} from ${accounts} a where a.${bare(accounts.communityId)} = ${c} and a.${bare(accounts.id)} = 'points:' || s.${bare(volunteerShifts.userId)}) as points
      from ${volunteerShifts} s join ${users} u on u.${bare(users.id)} = s.${bare(volunteerShifts.userId)}
      where s.${bare(volunteerShifts.communityId)} = ${c} and s.${bare(volunteerShifts.confirmedAt)} is not null
      group by s.${bare(volunteerShifts.userId)}, u.${bare(users.name)}, u.${bare(users.nickname)} order by sum(s.${bare(volunteerShifts.confirmedMinutes)}) desc limit 10`,
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
