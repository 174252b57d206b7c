import { z } from 'zod';
import type { AuditEntryView } from '../models';
import { action, communityId, only } from './define';

export const audit = {
  list: action<AuditEntryView[]>()({
    input: z
      .object({ communityId, before: z.iso.datetime({ offset: true }).optional(), action: z.string().trim().max(40).optional() })
      .strict(),
    access: only('admin'),
  }),
};
