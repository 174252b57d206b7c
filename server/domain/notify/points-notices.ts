import type { Executor } from '../../db/client';
import { notify } from './notify';

/** Points credited to a person (award, attendance, volunteer hours): told in their inbox. */
export async function notifyPoints(
  ctx: { db: Executor; now: Date },
  communityId: string,
  userId: string,
  points: number,
  why: string,
  key: string,
) {
  await notify(ctx.db, {
    communityId,
    userId,
    kind: 'points_awarded',
    title: `获得 ${points} 积分`,
    body: why,
    link: '/packages/points/pages/mine/index',
    payload: { points, title: why, at: ctx.now.toISOString() },
    dedupeKey: `points:${key}`,
  });
}
