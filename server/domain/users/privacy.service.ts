/**
 * PIPL: a person sees everything held about them, and can delete it. Deletion cancels their
 * upcoming registrations (seats go to the waiting list), withdraws pending applications and
 * anonymizes the profile; the ledger is append-only, so its entries stay but point to nobody.
 */
import crypto from 'node:crypto';
import { and, eq, isNull, or, sql } from 'drizzle-orm';
import type { DeletionResult, MyData, RedemptionView, VolunteerApplicationView } from '@linli/types';
import { bare, query } from '../../db/query';
import {
  appeals,
  eventRoles,
  events,
  familyCodes,
  familyLinks,
  gridWorkers,
  inbox,
  memberRoles,
  members,
  noticeConsents,
  outbox,
  redemptions,
  registrations,
  shopItems,
  transfers,
  users,
  volunteerApplications,
  volunteerShifts,
  pcSessions,
} from '../../db/schema';
import type { Ctx } from '../shared/context';
import { maskPhone } from '../shared/mask';
import { registrationsOf, toView } from '../events/events.repository';
import { summarySql, toSummary, type SummaryRow } from '../appeals/appeals.repository';
import { cancelCore } from '../events/signup.service';
import { entriesOf } from '../points/points.repository';
import { getUser } from './users.repository';
import { me } from './users.service';

export async function myData(ctx: Ctx): Promise<MyData> {
  const user = await getUser(ctx.db, ctx.actor.userId);
  const profile = await me(ctx);
  const communities = profile.memberships.map((m) => m.communityId);
  const regs = (await Promise.all(communities.map((c) => registrationsOf(ctx.db, c, user.id)))).flat();
  const points = (await Promise.all(communities.map((c) => entriesOf(ctx.db, c, user.id, 1000)))).flat();
  const myRedemptions = await query<{
    id: string;
    code: string;
    item_id: string;
    title: string;
    merchant_name: string;
    points: number;
    status: RedemptionView['status'];
    created_at: string;
    fulfilled_at: string | null;
  }>(
    ctx.db,
    sql`select r.${bare(redemptions.id)}, r.${bare(redemptions.code)}, r.${bare(redemptions.itemId)}, i.${bare(shopItems.title)}, i.${bare(shopItems.merchantName)}, r.${bare(redemptions.points)}, r.${bare(redemptions.status)}, r.${bare(redemptions.createdAt)}, r.${bare(redemptions.fulfilledAt)}
      from ${redemptions} r join ${shopItems} i on i.${bare(shopItems.communityId)} = r.${bare(redemptions.communityId)} and i.${bare(shopItems.id)} = r.${bare(redemptions.itemId)}
      where r.${bare(redemptions.userId)} = ${user.id} order by r.${bare(redemptions.createdAt)} desc`,
  );
  const myAppeals = await query<SummaryRow>(
    ctx.db,
    summarySql(ctx.now, sql`a.${bare(appeals.submitterId)} = ${user.id}`, sql`order by a.${bare(appeals.createdAt)} desc`),
  );
  const apps = await ctx.db
    .select()
    .from(volunteerApplications)
    .where(eq(volunteerApplications.userId, user.id));
  return {
    profile: {
      userId: user.id,
      nickname: user.nickname,
      name: user.name,
      phone: user.phone,
      birthYear: user.birthYear,
      createdAt: user.createdAt.toISOString(),
    },
    memberships: profile.memberships,
    registrations: regs.map((r) => toView(r, ctx.now)),
    points,
    appeals: myAppeals.map(toSummary),
    redemptions: myRedemptions.map((r) => ({
      id: r.id,
      code: r.code,
      itemId: r.item_id,
      itemTitle: r.title,
      merchantName: r.merchant_name,
      points: r.points,
      status: r.status,
      holderName: user.name ?? user.nickname,
      createdAt: new Date(r.created_at).toISOString(),
      fulfilledAt: r.fulfilled_at ? new Date(r.fulfilled_at).toISOString() : null,
    })),
    volunteerApplications: apps.map((a): VolunteerApplicationView => ({
      id: a.id,
      userId: a.userId,
      realName: a.realName,
      phoneMasked: maskPhone(a.phone) ?? '',
      status: a.status,
      createdAt: a.createdAt.toISOString(),
      reviewedAt: a.reviewedAt ? a.reviewedAt.toISOString() : null,
      note: a.note,
    })),
  };
}

export async function deleteMe(ctx: Ctx): Promise<DeletionResult> {
  const userId = ctx.actor.userId;
  const upcoming = await query<{ community_id: string; id: string; event_id: string }>(
    ctx.db,
    sql`select r.${bare(registrations.communityId)}, r.${bare(registrations.id)}, r.${bare(registrations.eventId)} from ${registrations} r
      join ${events} e on e.${bare(events.communityId)} = r.${bare(registrations.communityId)} and e.${bare(events.id)} = r.${bare(registrations.eventId)}
      where r.${bare(registrations.userId)} = ${userId} and r.${bare(registrations.status)} in ('confirmed', 'waitlisted') and r.${bare(registrations.checkedInAt)} is null
        and e.${bare(events.endsAt)} > ${ctx.now.toISOString()}::timestamptz
      order by r.${bare(registrations.communityId)}, r.${bare(registrations.eventId)}`,
  );
  for (const r of upcoming) await cancelCore(ctx, r.community_id, r.id, r.event_id);
  await query(
    ctx.db,
    sql`update ${volunteerShifts} s set ${bare(volunteerShifts.status)} = 'cancelled' where s.${bare(volunteerShifts.userId)} = ${userId} and s.${bare(volunteerShifts.status)} = 'signed_up'
      and s.${bare(volunteerShifts.checkedInAt)} is null`,
  );
  await query(
    ctx.db,
    sql`update ${eventRoles} r set ${bare(eventRoles.taken)} = (select count(*) from ${volunteerShifts} s where s.${bare(volunteerShifts.communityId)} = r.${bare(eventRoles.communityId)}
      and s.${bare(volunteerShifts.eventId)} = r.${bare(eventRoles.eventId)} and s.${bare(volunteerShifts.roleId)} = r.${bare(eventRoles.id)} and s.${bare(volunteerShifts.status)} = 'signed_up')
      where exists (select 1 from ${volunteerShifts} s where s.${bare(volunteerShifts.userId)} = ${userId} and s.${bare(volunteerShifts.communityId)} = r.${bare(eventRoles.communityId)}
      and s.${bare(volunteerShifts.eventId)} = r.${bare(eventRoles.eventId)} and s.${bare(volunteerShifts.roleId)} = r.${bare(eventRoles.id)})`,
  );
  await ctx.db
    .update(volunteerApplications)
    .set({
      realName: '已注销',
      phone: '',
      status: sql`case when ${volunteerApplications.status} = 'pending' then 'rejected' else ${volunteerApplications.status} end`,
      note: '本人已注销',
    })
    .where(eq(volunteerApplications.userId, userId));
  // Family help ends both ways: nobody may act for a deleted person, nor they for anyone.
  await ctx.db
    .delete(familyLinks)
    .where(or(eq(familyLinks.elderId, userId), eq(familyLinks.helperId, userId)));
  await ctx.db.delete(familyCodes).where(eq(familyCodes.elderId, userId));
  // Their notices go too: the inbox, the consents, and anything not yet sent.
  await ctx.db.delete(inbox).where(eq(inbox.userId, userId));
  // …and the copies relatives received, which carry their name.
  await ctx.db.delete(inbox).where(sql`${inbox.dedupeKey} like ${`copy:${userId}:%`}`);
  await ctx.db.delete(noticeConsents).where(eq(noticeConsents.userId, userId));
  await ctx.db
    .update(outbox)
    .set({ status: 'cancelled', lastError: 'person deleted their data' })
    .where(and(eq(outbox.userId, userId), eq(outbox.status, 'pending')));
  await ctx.db.delete(memberRoles).where(eq(memberRoles.userId, userId));
  // A grid worker who leaves stops being one: their grids no longer list them.
  await ctx.db.delete(gridWorkers).where(eq(gridWorkers.userId, userId));
  await ctx.db
    .update(members)
    .set({ estateId: null, building: null, unit: null, room: null, householdId: null })
    .where(eq(members.userId, userId));
  await ctx.db
    .update(users)
    .set({
      openid: `deleted:${crypto.randomUUID()}`,
      nickname: '已注销用户',
      name: null,
      phone: null,
      birthYear: null,
    })
    .where(eq(users.id, userId));
  // Signed out on every PC too (the openid above no longer resolves, but say so in the rows).
  await ctx.db
    .update(pcSessions)
    .set({ revokedAt: ctx.now })
    .where(and(eq(pcSessions.userId, userId), isNull(pcSessions.revokedAt)));
  ctx.retireActor?.();
  const [kept] = await query<{ n: number }>(
    ctx.db,
    sql`select count(*)::int as n from ${transfers} where ${transfers.actorUserId} = ${userId} or ${transfers.toAccount} = ${'points:' + userId}
      or ${transfers.fromAccount} = ${'points:' + userId}`,
  );
  return { deleted: true, cancelledRegistrations: upcoming.length, keptLedgerEntries: kept.n };
}
