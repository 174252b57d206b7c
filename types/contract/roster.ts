import { z } from 'zod';
import type { ExportFile, ImportPlan, ImportResult } from '../models';
import { action, communityId, staff } from './define';

/**
 * 批量导入: the community office's resident sheet (.xlsx) → pre-registered residents in their households.
 * The sheet is uploaded first (files, purpose `roster_sheet`); the dry run reads it and says what each row
 * would do; commit does exactly that plan, or refuses when anything changed since.
 */
export const roster = {
  /** The empty sheet with the columns named in Chinese, and a second sheet explaining them. */
  template: action<ExportFile>()({ input: z.object({ communityId }).strict(), access: staff }),
  dryRun: action<ImportPlan>()({
    input: z.object({ communityId, fileId: z.uuid() }).strict(),
    access: staff,
  }),
  commit: action<ImportResult>()({
    input: z
      .object({ communityId, fileId: z.uuid(), planHash: z.string().regex(/^[0-9a-f]{64}$/, 'planHash') })
      .strict(),
    access: staff,
    mutating: true,
  }),
};
