import { currentFor as currentAnnouncements } from '../announcements/announcements.service';
import type { ActionParsed, CommunityBrief, EstateBrief, HomeData } from '@linli/types';
import type { Executor } from '../../db/client';
import { fail } from '../shared/app-error';
import type { Ctx } from '../shared/context';
import { listUpcoming } from '../events/events.service';
import { registrationsOf, toView } from '../events/events.repository';
import { fundCard } from '../fund/fund.service';
import { findCommunity, listCommunities, listEstates } from './community.repository';

const brief = (c: { id: string; name: string; district: string; street: string }): CommunityBrief => ({
  id: c.id,
  name: c.name,
  district: c.district,
  street: c.street,
});

export async function list(db: Executor): Promise<CommunityBrief[]> {
  return (await listCommunities(db)).map(brief);
}

export async function estatesOf(
  db: Executor,
  input: ActionParsed<'community', 'estates'>,
): Promise<EstateBrief[]> {
  if (!(await findCommunity(db, input.communityId))) fail('COMMUNITY.NOT_FOUND');
  return (await listEstates(db, input.communityId)).map((e) => ({
    id: e.id,
    name: e.name,
    buildings: e.buildings,
  }));
}

export async function home(ctx: Ctx, input: ActionParsed<'community', 'home'>): Promise<HomeData> {
  const community = await findCommunity(ctx.db, input.communityId);
  if (!community) fail('COMMUNITY.NOT_FOUND');
  const [upcoming, fund, registrations, notices] = await Promise.all([
    listUpcoming(ctx, input.communityId, 5),
    fundCard(ctx.db, input.communityId),
    registrationsOf(ctx.db, input.communityId, ctx.actor.userId),
    currentAnnouncements(ctx, input.communityId, 3),
  ]);
  // So 首页 can say "已报名 · 座位 3 号" instead of offering 报名 again.
  const mine = registrations
    .filter((r) => (r.status === 'confirmed' || r.status === 'waitlisted') && r.startsAt > ctx.now)
    .map((r) => toView(r, ctx.now));
  return { community: brief(community), upcoming, fund, mine, announcements: notices };
}
