/** Who may see an event: the one rule, used by every read and sign-up path. */
import { fail } from '../shared/app-error';
import { hasRole, type Ctx } from '../shared/context';
import { findEvent, type EventRow } from './events.repository';

/** Drafts are invisible to residents (staff see them to edit and publish). */
export function canSee(ctx: Ctx, event: Pick<EventRow, 'status'>): boolean {
  return event.status !== 'draft' || hasRole(ctx, 'staff');
}

/** The event, or `EVENTS.NOT_FOUND` — the same answer for a missing event and one the caller may not see. */
export function visibleOrFail<E extends Pick<EventRow, 'status'>>(ctx: Ctx, event: E | undefined): E {
  if (!event || !canSee(ctx, event)) fail('EVENTS.NOT_FOUND');
  return event;
}

export async function requireEvent(ctx: Ctx, communityId: string, eventId: string): Promise<EventRow> {
  return visibleOrFail(ctx, await findEvent(ctx.db, communityId, eventId));
}
