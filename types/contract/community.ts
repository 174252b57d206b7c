import { z } from 'zod';
import type { CommunityBrief, EstateBrief, HomeData } from '../models';
import { action, communityId, member, open } from './define';

export const community = {
  list: action<CommunityBrief[]>()({ input: z.object({}).strict(), access: open }),
  estates: action<EstateBrief[]>()({ input: z.object({ communityId }).strict(), access: open }),
  home: action<HomeData>()({ input: z.object({ communityId }).strict(), access: member }),
};
