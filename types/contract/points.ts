import { z } from 'zod';
import type { PointsSummary } from '../models';
import { action, communityId, member } from './define';

export const points = {
  mine: action<PointsSummary>()({ input: z.object({ communityId }).strict(), access: member }),
};
