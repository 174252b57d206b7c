/** Tickets (QR codes) and check-in: by scanning or typing the code, or by ticking the roster. */
import { and, eq, sql } from 'drizzle-orm';
import QRCode from 'qrcode';
import type { ActionParsed, CheckInResult, Ticket } from '@linli/types';
import { bare, query } from '../../db/query';
import { proxyClaims, registrations, users } from '../../db/schema';
import { fail } from '../shared/app-error';
import { hasRole, type Ctx } from '../shared/context';
import { registrationById } from './events.repository';
import { mayActAsProxy } from './proxy-access';
import { signTicket, verifyTicket } from './tickets';


/** Builds the ticket of a confirmed registration; callers have already checked who may see it. */
export async function ticketFor(ctx: Ctx, communityId: string, registrationId: string): Promise<Ticket> {
  const r = await registrationById(ctx.db, communityId, registrationId);
  if (!r) fail('EVENTS.REGISTRATION_NOT_FOUND');
  if (r.status !== 'confirmed') fail('EVENTS.NOT_CHECKABLE');
  const [holder] = await ctx.db
    .select({ name: sql<string>`coalesce(${users.name}, ${users.nickname})`, offline: users.offline })
    .from(users)
    .where(eq(users.id, r.userId));
  const [claim] = holder.offline
    ? await ctx.db
        .select({ code: proxyClaims.code })
        .from(proxyClaims)
        .where(and(eq(proxyClaims.communityId, communityId), eq(proxyClaims.offlineUserId, r.userId)))
    : [];
  const token = await signTicket(ctx.db, communityId, registrationId);
  // PNG, not SVG: WeChat's <image> does not reliably draw SVG data URLs.
  const png = await QRCode.toDataURL(token, { margin: 1, width: 480, errorCorrectionLevel: 'M' });
  return {
    registrationId,
    eventTitle: r.eventTitle,
    startsAt: r.startsAt.toISOString(),
    place: r.place,
    holderName: holder.name,
    seatNos: r.seatNos,
    partySize: r.partySize,
    token,
    qrDataUrl: png,
    proxyByName: r.proxyByName,
    claimCode: claim?.code ?? null,
  };
}

export async function ticket(ctx: Ctx, input: ActionParsed<'events', 'ticket'>): Promise<Ticket> {
  const [row] = await ctx.db
    .select({ userId: registrations.userId, proxyBy: registrations.proxyBy })
    .from(registrations)
    .where(and(eq(registrations.communityId, input.communityId), eq(registrations.id, input.registrationId)));
  const mine =
    row &&
    (row.userId === ctx.actor.userId ||
      hasRole(ctx, 'staff') ||
      (row.proxyBy === ctx.actor.userId && (await mayActAsProxy(ctx.db, input.communityId, input.registrationId, ctx.actor.userId))));
  if (!row || !mine) fail('EVENTS.REGISTRATION_NOT_FOUND');
  return ticketFor(ctx, input.communityId, input.registrationId);
}

/** Checking in twice is harmless: the first time is kept and the answer says so. */
async function checkIn(ctx: Ctx, communityId: string, registrationId: string): Promise<CheckInResult> {
  const [row] = await query<{ checked_in_at: Date; was: Date | null }>(
    ctx.db,
    sql`update ${registrations} r
      set ${bare(registrations.checkedInAt)} = coalesce(r.${bare(registrations.checkedInAt)}, ${ctx.now.toISOString()}::timestamptz),
          ${bare(registrations.checkedInBy)} = coalesce(r.${bare(registrations.checkedInBy)}, ${ctx.actor.userId})
      from (select ${bare(registrations.checkedInAt)} from ${registrations} where ${bare(registrations.communityId)} = ${communityId} and ${bare(registrations.id)} = ${registrationId}) old
      where r.${bare(registrations.communityId)} = ${communityId} and r.${bare(registrations.id)} = ${registrationId} and r.${bare(registrations.status)} = 'confirmed'
      returning r.${bare(registrations.checkedInAt)}, old.${bare(registrations.checkedInAt)} as was`,
  );
  const reg = await registrationById(ctx.db, communityId, registrationId);
  if (!reg) fail('EVENTS.REGISTRATION_NOT_FOUND');
  if (!row) fail('EVENTS.NOT_CHECKABLE');
  const [holder] = await ctx.db
    .select({ name: sql<string>`coalesce(${users.name}, ${users.nickname})` })
    .from(users)
    .where(eq(users.id, reg.userId));
  return {
    registrationId,
    name: holder.name,
    seatNos: reg.seatNos,
    partySize: reg.partySize,
    alreadyCheckedIn: row.was !== null,
    checkedInAt: new Date(row.checked_in_at).toISOString(),
  };
}

export async function checkInByCode(ctx: Ctx, input: ActionParsed<'events', 'checkInByCode'>): Promise<CheckInResult> {
  const verdict = await verifyTicket(ctx.db, input.token, input.communityId);
  if (!verdict.ok) fail(verdict.reason === 'foreign' ? 'EVENTS.TICKET_FOREIGN' : 'EVENTS.TICKET_INVALID');
  const reg = await registrationById(ctx.db, input.communityId, verdict.registrationId);
  if (reg && reg.eventId !== input.eventId) fail('EVENTS.TICKET_OTHER_EVENT', `这是「${reg.eventTitle}」的票`);
  return checkIn(ctx, input.communityId, verdict.registrationId);
}

export async function checkInByRoster(ctx: Ctx, input: ActionParsed<'events', 'checkInByRoster'>): Promise<CheckInResult> {
  return checkIn(ctx, input.communityId, input.registrationId);
}
