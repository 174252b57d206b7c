/**
 * Seeds 碧鸡桥's micro-grid and three months of appeals, inside the demo seed's transaction:
 * 22 grids over the 36 buildings (刘建华's grid holds 碧鸡苑 1–3栋, where 张秀英 lives), the eight
 * categories, ~1,200 generated appeals written in batches, and 张秀英's own appeals made through the
 * domain functions themselves (submit, accept, progress, close, rate), so the demo walks the real path.
 */
import { and, eq, like, sql } from 'drizzle-orm';
import type { Role } from '@linli/types';
import type { Executor } from '../db/client';
import { appealCategories, appealEntries, appeals, gridBuildings, gridWorkers, grids, outbox } from '../db/schema';
import { ensureDefaultCategories } from '../domain/appeals/categories';
import { accept, addProgress, close } from '../domain/appeals/handling.service';
import { rate } from '../domain/appeals/feedback.service';
import { flagOverdueIn } from '../domain/appeals/overdue';
import { submit } from '../domain/appeals/submit.service';
import type { Ctx } from '../domain/shared/context';
import { generateAppeals, type SeedPerson } from './appeals-data';
import { insertJsonRows } from './bulk';

const DAY = 86_400_000;
const GRID_NAMES = '一二三四五六七八九十'.split('');
const gridName = (n: number) => (n <= 10 ? `第${GRID_NAMES[n - 1]}网格` : n < 20 ? `第十${GRID_NAMES[n - 11]}网格` : `第二十${n === 20 ? '' : GRID_NAMES[n - 21]}网格`);

export interface SeedAppealsInput {
  communityId: string;
  estates: { id: string; buildings: number }[];
  /** openid → user id, and each person's home and roles. */
  ids: Map<string, string>;
  people: { openid: string; estate: string; building: string; roles: readonly string[] }[];
  now: Date;
  count?: number;
}

/** Buildings in order, split into 22 grids: the first holds three, the next twelve two, the last nine one. */
function gridPlan(estates: SeedAppealsInput['estates']): { estateId: string; building: string }[][] {
  const all = estates.flatMap((e) => Array.from({ length: e.buildings }, (_, i) => ({ estateId: e.id, building: `${i + 1}栋` })));
  const sizes = [3, ...Array(12).fill(2), ...Array(9).fill(1)];
  const out: { estateId: string; building: string }[][] = [];
  let at = 0;
  for (const n of sizes) {
    if (at >= all.length) break;
    out.push(all.slice(at, at + n));
    at += n;
  }
  if (at < all.length) out[out.length - 1].push(...all.slice(at));
  return out;
}

export async function seedAppeals(tx: Executor, s: SeedAppealsInput): Promise<{ grids: number; appeals: number }> {
  const c = s.communityId;
  await ensureDefaultCategories(tx, c);
  await tx.update(appealCategories).set({ finishDays: 3 }).where(sql`${appealCategories.communityId} = ${c} and ${appealCategories.id} = 'safety'`);
  await tx.update(appealCategories).set({ finishDays: 15 }).where(sql`${appealCategories.communityId} = ${c} and ${appealCategories.id} = 'dispute'`);

  const workerOpenids = ['demo-grid', ...s.people.filter((p) => p.openid.startsWith('grid-')).map((p) => p.openid)];
  const plan = gridPlan(s.estates);
  const gridIds: string[] = [];
  const gridOf = new Map<string, string>();
  const workersOf = new Map<string, string[]>();
  for (const [i, buildings] of plan.entries()) {
    const [g] = await tx
      .insert(grids)
      .values({ communityId: c, name: gridName(i + 1), createdAt: new Date(s.now.getTime() - 200 * DAY) })
      .returning({ id: grids.id });
    gridIds.push(g.id);
    await tx.insert(gridBuildings).values(buildings.map((b) => ({ communityId: c, gridId: g.id, ...b })));
    const worker = s.ids.get(workerOpenids[i % workerOpenids.length])!;
    await tx.insert(gridWorkers).values({ communityId: c, gridId: g.id, userId: worker });
    workersOf.set(g.id, [worker]);
    for (const b of buildings) gridOf.set(`${b.estateId}|${b.building}`, g.id);
  }

  const residents: SeedPerson[] = s.people
    .filter((p) => p.openid.startsWith('res-'))
    .map((p) => ({ userId: s.ids.get(p.openid)!, estateId: p.estate, building: p.building }));
  const staff = s.people.filter((p) => p.roles.includes('staff')).map((p) => s.ids.get(p.openid)!);
  const cats = await tx.select().from(appealCategories).where(eq(appealCategories.communityId, c));
  const gen = generateAppeals({
    communityId: c,
    count: s.count ?? 1200,
    spanDays: 92,
    now: s.now,
    residents,
    gridOf,
    workersOf,
    staff,
    categories: cats,
  });
  await insertGenerated(tx, gen);

  // 张秀英's own: one resolved and rated last month, one being handled now — through the domain.
  const elder = s.ids.get('demo-elder')!;
  const gridWorker = s.ids.get('demo-grid')!;
  const as = (userId: string, roles: Role[], now: Date): Ctx => ({ db: tx, actor: { userId, openid: '' }, roles, now });
  const t0 = new Date(s.now.getTime() - 20 * DAY);
  const first = await submit(as(elder, ['resident'], t0), {
    communityId: c,
    categoryId: 'infrastructure',
    words: '3栋2单元楼道灯坏了，晚上下楼看不见，怕摔跤',
    namePublic: true,
  });
  await accept(as(gridWorker, ['resident', 'grid_worker'], new Date(t0.getTime() + 3 * 3600_000)), { communityId: c, appealId: first.id });
  await close(as(gridWorker, ['resident', 'grid_worker'], new Date(t0.getTime() + 2 * DAY)), {
    communityId: c,
    appealId: first.id,
    ending: 'resolved',
    words: '已联系物业换了感应灯，晚上试过，亮的',
  });
  await rate(as(elder, ['resident'], new Date(t0.getTime() + 3 * DAY)), { communityId: c, appealId: first.id, stars: 5, words: '刘师傅来得快，谢谢' });
  const t1 = new Date(s.now.getTime() - 2 * DAY);
  const second = await submit(as(elder, ['resident'], t1), {
    communityId: c,
    categoryId: 'courtyard',
    words: '院坝里堆的旧家具好久没人清，老人散步不方便',
    namePublic: false,
  });
  await accept(as(gridWorker, ['resident', 'grid_worker'], new Date(t1.getTime() + 2 * 3600_000)), { communityId: c, appealId: second.id });
  await addProgress(as(gridWorker, ['resident', 'grid_worker'], new Date(t1.getTime() + 5 * 3600_000)), {
    communityId: c,
    appealId: second.id,
    words: '已到现场看过，约了物业周末一起清运',
  });
  // History as the timer would have left it: overdue flags recorded, and no demo notices waiting to go out.
  while ((await flagOverdueIn(tx, s.now, false)) > 0);
  await tx
    .update(outbox)
    .set({ status: 'cancelled', lastError: '示例数据' })
    .where(and(eq(outbox.communityId, c), like(outbox.kind, 'appeal_%'), eq(outbox.status, 'pending')));
  return { grids: gridIds.length, appeals: gen.appeals.length + 2 };
}

/** The generated rows, as JSON (see bulk.ts). */
export async function insertGenerated(tx: Executor, gen: ReturnType<typeof generateAppeals>): Promise<void> {
  await insertJsonRows(tx, appeals, gen.appeals);
  await insertJsonRows(tx, appealEntries, gen.entries);
}
