/** Estates (小区) and their buildings, entered by the community's admin (issue 15). */
import crypto from 'node:crypto';
import { and, eq, ne } from 'drizzle-orm';
import type { ActionParsed, EstateBrief } from '@linli/types';
import { estates } from '../../db/schema';
import { audit } from '../shared/audit';
import { fail } from '../shared/app-error';
import type { Ctx } from '../shared/context';
import { listEstates } from '../community/community.repository';

/**
 * Adds an estate or renames one and sets its buildings. A building already named in a grid or an
 * address keeps working: buildings are matched by name, and a removed name simply is no longer offered.
 */
export async function saveEstate(ctx: Ctx, input: ActionParsed<'admin', 'saveEstate'>): Promise<EstateBrief[]> {
  const { communityId, name, buildings } = input;
  const estateId = input.estateId ?? `e-${crypto.randomUUID().slice(0, 8)}`;
  const [clash] = await ctx.db
    .select({ id: estates.id })
    .from(estates)
    .where(and(eq(estates.communityId, communityId), eq(estates.name, name), ne(estates.id, estateId)));
  if (clash) fail('COMMUNITY.ESTATE_NAME_TAKEN');
  const [before] = await ctx.db
    .select()
    .from(estates)
    .where(and(eq(estates.communityId, communityId), eq(estates.id, estateId)));
  if (input.estateId && !before) fail('COMMUNITY.ESTATE_NOT_FOUND');
  await ctx.db
    .insert(estates)
    .values({ communityId, id: estateId, name, buildings })
    .onConflictDoUpdate({ target: [estates.communityId, estates.id], set: { name, buildings } });
  await audit(ctx.db, {
    communityId,
    actorUserId: ctx.actor.userId,
    action: 'admin.saveEstate',
    targetType: 'estate',
    targetId: estateId,
    before: before ? { name: before.name, buildings: before.buildings } : undefined,
    after: { name, buildings },
  });
  return (await listEstates(ctx.db, communityId)).map((e) => ({ id: e.id, name: e.name, buildings: e.buildings }));
}
