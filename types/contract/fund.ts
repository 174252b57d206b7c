import { z } from 'zod';
import type { FundCard } from '../models';
import { action, communityId, member } from './define';

export const fund = {
  card: action<FundCard>()({ input: z.object({ communityId }).strict(), access: member }),
};
