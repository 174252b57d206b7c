/**
 * The demo's 协商议事, from 金穗苑's story (../shared/context/seeds): the rebuilt refuse room at gate 1, where
 * "就连一块砖、一扇门的颜色，都是通过协商决定的". One closed 议题 (the floor: 透水砖) with its 决议 and the fund
 * expense that carries it out; one open 议题 (the door colour, three colours) with some households' ballots, online
 * and on paper; and an open 最美网格员 评选. All through the domain functions, as staff and residents would.
 */
import { and, eq } from 'drizzle-orm';
import type { Role } from '@linli/types';
import type { Executor } from '../db/client';
import { expenses, members } from '../db/schema';
import type { Ctx } from '../domain/shared/context';
import { close, create, enterPaper, link, resolve, vote } from '../domain/deliberation/topics.service';
import type { DemoPerson } from './demo-data';

type Actors = (openid: string, role: Role, at: Date) => Ctx;
const DAY = 86_400_000;
const C = 'bijiqiao';
const ESTATE = 'bijiyuan';

/** One resident per household of the estate, featured people (demo-*) left out so they can vote themselves. */
function voters(people: DemoPerson[]): DemoPerson[] {
  const seen = new Set<string>();
  const homesOfFeatured = new Set(people.filter((p) => p.openid.startsWith('demo-')).map((p) => `${p.building}|${p.unit}|${p.room}`));
  return people.filter((p) => {
    const home = `${p.building}|${p.unit}|${p.room}`;
    if (p.estate !== ESTATE || !p.openid.startsWith('res-') || seen.has(home) || homesOfFeatured.has(home)) return false;
    seen.add(home);
    return true;
  });
}

export async function seedTopics(tx: Executor, as: Actors, people: DemoPerson[], now: Date): Promise<{ topics: number; ballots: number }> {
  const at = (days: number) => new Date(now.getTime() + days * DAY);
  const staff = (d: number) => as('demo-staff', 'staff', at(d));
  const homes = voters(people);
  let ballots = 0;

  // Closed: the floor of the refuse room, decided three weeks ago, carried out by a fund expense.
  const floor = await create(staff(-30), {
    communityId: C,
    kind: 'deliberation',
    title: '1号门垃圾房重建：地面铺什么砖？',
    background:
      '1号门的垃圾房要重建。下雨天污水渗着臭味，居民建议地面改铺透水砖：保水防滑，雨水可以渗透或蓄存在砖中，污水不会渗到路面。请各户投票。',
    source: 'staff',
    scope: [{ estateId: ESTATE }],
    options: [{ label: '透水砖' }, { label: '普通地砖' }],
    opensAt: at(-30).toISOString(),
    closesAt: at(-21).toISOString(),
    quorumPct: 30,
    passPct: 50,
  });
  const floorVoters = homes.slice(0, Math.ceil(homes.length * 0.6));
  for (const [i, p] of floorVoters.entries()) {
    await vote(as(p.openid, 'resident', at(-29 + (i % 7))), { communityId: C, topicId: floor.id, optionId: floor.options[i % 5 === 4 ? 1 : 0].id });
    ballots++;
  }
  await close(staff(-21), { communityId: C, topicId: floor.id });
  await resolve(staff(-20), {
    communityId: C,
    topicId: floor.id,
    words: '议事会决议：1号门垃圾房地面铺透水砖，由社区微基金出资，物业负责施工，完工后在议事长廊公示。',
  });
  const [expense] = await tx
    .select({ id: expenses.id })
    .from(expenses)
    .where(and(eq(expenses.communityId, C), eq(expenses.purpose, '1号门垃圾房地面铺透水砖（议事决议）')));
  if (expense) await link(staff(-4), { communityId: C, topicId: floor.id, kind: 'expense', targetId: expense.id });

  // Open: the door colour, three colours; a third of the households have voted, a few on paper.
  const door = await create(staff(-2), {
    communityId: C,
    kind: 'deliberation',
    title: '垃圾房的门刷什么颜色？',
    background: '1号门垃圾房已经重建好，就差门的颜色。议事会提出三种颜色，请每户投一票，投票结束后公布结果、照多数意见施工。',
    source: 'staff',
    scope: [{ estateId: ESTATE }],
    options: [{ label: '墨绿色' }, { label: '米白色' }, { label: '砖红色' }],
    opensAt: at(-2).toISOString(),
    closesAt: at(5).toISOString(),
    quorumPct: 50,
    passPct: 50,
  });
  const doorVoters = homes.slice(0, Math.ceil(homes.length / 3));
  for (const [i, p] of doorVoters.entries()) {
    const option = door.options[i % 3 === 2 ? 1 : 0].id;
    if (i % 10 === 9) {
      // An elder without a phone: the grid worker enters the paper ballot against the household roster.
      const [member] = await tx
        .select({ householdId: members.householdId })
        .from(members)
        .where(and(eq(members.communityId, C), eq(members.userId, as(p.openid, 'resident', now).actor.userId)));
      if (member?.householdId) {
        await enterPaper(staff(-1), { communityId: C, topicId: door.id, householdId: member.householdId, optionId: option });
        ballots++;
      }
    } else {
      await vote(as(p.openid, 'resident', at(-1)), { communityId: C, topicId: door.id, optionId: option });
      ballots++;
    }
  }

  // Open 评选: one vote per resident.
  await create(staff(-1), {
    communityId: C,
    kind: 'election',
    title: '2026 年度最美网格员评选',
    background: '请为您心中最用心的网格员投一票，每人一票。',
    source: 'staff',
    scope: [],
    options: [
      { label: '刘建华' },
      ...people.filter((p) => p.openid === 'grid-01' || p.openid === 'grid-02').map((p) => ({ label: p.name })),
    ],
    opensAt: at(-1).toISOString(),
    closesAt: at(13).toISOString(),
    quorumPct: 0,
    passPct: 1,
  });
  return { topics: 3, ballots };
}
