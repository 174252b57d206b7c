import type { Ctx } from '../shared/context';
import { notifyWithReply } from './notify';

/** Points credited to a person (award, attendance, volunteer hours): told in their inbox. */
export async function notifyPoints(
  ctx: Pick<Ctx, 'db' | 'now' | 'withReply'>,
  communityId: string,
  userId: string,
  points: number,
  why: string,
  key: string,
) {
  // Nothing later in the action reads it: written with the reply (the fund row stays locked until commit).
  await notifyWithReply(ctx, [
    {
      communityId,
      userId,
      kind: 'points_awarded',
      title: `获得 ${points} 积分`,
      body: why,
      link: '/packages/points/pages/mine/index',
      payload: { points, title: why, at: ctx.now.toISOString() },
      dedupeKey: `points:${key}`,
    },
  ]);
}
