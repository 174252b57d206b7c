import { z } from 'zod';
import type { AuditEntryView } from '../models';
import { action, communityId, isoTime, only, searchText } from './define';

export const audit = {
  list: action<AuditEntryView[]>()({
    input: z
      .object({ communityId, before: isoTime.optional(), action: searchText(40).optional() })
      .strict(),
    access: only('admin'),
  }),
};
