/** Staff manage an event's life: draft → published → finished, or cancelled (everyone is told). */
import { and, eq, inArray } from 'drizzle-orm';
import { rulesAt } from '../admin/rules';
import { eventTimeProblem, type ActionParsed, type EventDetail, type EventStatus, type EventTimeField } from '@linli/types';
import { estates, eventRoles, events, registrations } from '../../db/schema';
import { fail } from '../shared/app-error';
import type { Ctx } from '../shared/context';
import { cancelPending } from '../notify/outbox';
import { notifyEventCancelled, notifyEventChanged } from '../notify/event-notices';
import { detail } from './events.service';
import { requireEvent } from './visibility';
import { lockEvent } from './seats';
import { promoteWaitlist } from './signup.service';

type Fields = Omit<ActionParsed<'events', 'create'>, 'communityId'>;
type RoleInput = Fields['volunteerRoles'][number];

function checkTimes(f: Record<EventTimeField, string>) {
  if (eventTimeProblem(f)) fail('EVENTS.INVALID_TIMES');
}

async function checkEstates(ctx: Ctx, communityId: string, ids: string[]) {
  if (ids.length === 0) return;
  const found = await ctx.db
    .select({ id: estates.id })
    .from(estates)
    .where(and(eq(estates.communityId, communityId), inArray(estates.id, ids)));
  if (found.length !== new Set(ids).size) fail('EVENTS.ESTATE_UNKNOWN');
}

function columnsOf(f: Partial<Fields>) {
  const { volunteerRoles: _roles, startsAt, endsAt, signupOpensAt, signupClosesAt, cancelDeadline, ...rest } = f;
  const date = (s?: string) => (s === undefined ? undefined : new Date(s));
  return {
    ...rest,
    startsAt: date(startsAt),
    endsAt: date(endsAt),
    signupOpensAt: date(signupOpensAt),
    signupClosesAt: date(signupClosesAt),
    cancelDeadline: date(cancelDeadline),
  };
}

/** Upserts roles by id; a role with sign-ups cannot be dropped or shrunk below them. */
async function saveRoles(ctx: Ctx, communityId: string, eventId: string, roles: RoleInput[]) {
  const existing = await ctx.db
    .select()
    .from(eventRoles)
    .where(and(eq(eventRoles.communityId, communityId), eq(eventRoles.eventId, eventId)));
  const withIds = roles.map((r, i) => ({ ...r, id: r.id ?? `role-${Date.now().toString(36)}-${i}` }));
  for (const old of existing) {
    const next = withIds.find((r) => r.id === old.id);
    if (!next && old.taken > 0) fail('EVENTS.ROLE_HAS_VOLUNTEERS', `岗位“${old.name}”`);
    if (next && next.quota < old.taken) fail('EVENTS.CAPACITY_BELOW_TAKEN');
    if (!next) {
      await ctx.db
        .delete(eventRoles)
        .where(and(eq(eventRoles.communityId, communityId), eq(eventRoles.eventId, eventId), eq(eventRoles.id, old.id)));
    }
  }
  // A role given no rate: a saved one keeps its own, a new one takes the community's standard in force now
  // (a later change of the standard never reaches roles already saved).
  const needsStandard = withIds.some((r) => r.pointsPerHour === undefined && !existing.some((o) => o.id === r.id));
  const standard = needsStandard ? (await rulesAt(ctx.db, communityId, ctx.now)).pointsPerHour : 0;
  for (const r of withIds) {
    const pointsPerHour = r.pointsPerHour ?? existing.find((o) => o.id === r.id)?.pointsPerHour ?? standard;
    await ctx.db
      .insert(eventRoles)
      .values({ communityId, eventId, id: r.id, name: r.name, quota: r.quota, pointsPerHour })
      .onConflictDoUpdate({
        target: [eventRoles.communityId, eventRoles.eventId, eventRoles.id],
        set: { name: r.name, quota: r.quota, pointsPerHour },
      });
  }
}

export async function create(ctx: Ctx, input: ActionParsed<'events', 'create'>): Promise<EventDetail> {
  const { communityId, ...fields } = input;
  checkTimes(fields);
  await checkEstates(ctx, communityId, fields.estateIds);
  const [{ id }] = await ctx.db
    .insert(events)
    .values({ communityId, ...columnsOf(fields), status: 'draft', createdBy: ctx.actor.userId } as typeof events.$inferInsert)
    .returning({ id: events.id });
  await saveRoles(ctx, communityId, id, fields.volunteerRoles);
  return detail(ctx, { communityId, eventId: id });
}

export async function update(ctx: Ctx, input: ActionParsed<'events', 'update'>): Promise<EventDetail> {
  const { communityId, eventId, ...patch } = input;
  await lockEvent(ctx.db, communityId, eventId);
  const event = await requireEvent(ctx, communityId, eventId);
  if (event.status === 'finished' || event.status === 'cancelled') fail('EVENTS.BAD_STATUS_CHANGE');
  const iso = (d: Date) => d.toISOString();
  checkTimes({
    startsAt: patch.startsAt ?? iso(event.startsAt),
    endsAt: patch.endsAt ?? iso(event.endsAt),
    signupOpensAt: patch.signupOpensAt ?? iso(event.signupOpensAt),
    signupClosesAt: patch.signupClosesAt ?? iso(event.signupClosesAt),
    cancelDeadline: patch.cancelDeadline ?? iso(event.cancelDeadline),
  });
  if (patch.estateIds) await checkEstates(ctx, communityId, patch.estateIds);
  // Seat numbers up to the high-water mark are in people's hands (or on the free list).
  if (patch.capacity !== undefined && patch.capacity < event.seatHwm) fail('EVENTS.CAPACITY_BELOW_TAKEN');
  const cols = Object.fromEntries(Object.entries(columnsOf(patch)).filter(([, v]) => v !== undefined));
  if (Object.keys(cols).length > 0) {
    await ctx.db.update(events).set(cols).where(and(eq(events.communityId, communityId), eq(events.id, eventId)));
  }
  if (patch.volunteerRoles) await saveRoles(ctx, communityId, eventId, patch.volunteerRoles);
  // A new time or place reaches every registrant; queued reminders follow the new start.
  const after = await requireEvent(ctx, communityId, eventId);
  await notifyEventChanged(ctx.db, event, after);
  // More seats: the waiting list moves up at once.
  if (event.status === 'published' && patch.capacity !== undefined && patch.capacity > event.capacity) {
    await promoteWaitlist(ctx, after);
  }
  return detail(ctx, { communityId, eventId });
}

async function transition(
  ctx: Ctx,
  communityId: string,
  eventId: string,
  from: EventStatus[],
  to: EventStatus,
  extra: Partial<typeof events.$inferInsert> = {},
) {
  const rows = await ctx.db
    .update(events)
    .set({ ...extra, status: to })
    .where(and(eq(events.communityId, communityId), eq(events.id, eventId), inArray(events.status, from)))
    .returning({ id: events.id });
  if (rows.length === 0) {
    await requireEvent(ctx, communityId, eventId);
    fail('EVENTS.BAD_STATUS_CHANGE');
  }
}

export async function publish(ctx: Ctx, input: ActionParsed<'events', 'publish'>): Promise<EventDetail> {
  await transition(ctx, input.communityId, input.eventId, ['draft'], 'published');
  return detail(ctx, input);
}

export async function finish(ctx: Ctx, input: ActionParsed<'events', 'finish'>): Promise<EventDetail> {
  const event = await requireEvent(ctx, input.communityId, input.eventId);
  if (ctx.now < event.startsAt) fail('EVENTS.NOT_STARTED');
  await transition(ctx, input.communityId, input.eventId, ['published'], 'finished');
  return detail(ctx, input);
}

export async function cancel(ctx: Ctx, input: ActionParsed<'events', 'cancel'>): Promise<EventDetail> {
  await lockEvent(ctx.db, input.communityId, input.eventId);
  const event = await requireEvent(ctx, input.communityId, input.eventId);
  await transition(ctx, input.communityId, input.eventId, ['draft', 'published'], 'cancelled', { cancelReason: input.reason });
  const people = await ctx.db
    .select({ id: registrations.id, userId: registrations.userId })
    .from(registrations)
    .where(
      and(
        eq(registrations.communityId, input.communityId),
        eq(registrations.eventId, input.eventId),
        inArray(registrations.status, ['confirmed', 'waitlisted']),
      ),
    );
  for (const p of people) {
    await notifyEventCancelled(ctx.db, event, p.userId, input.reason);
    await cancelPending(ctx.db, input.communityId, `reminder:${p.id}`);
  }
  return detail(ctx, input);
}
