/** 批量导入 calls: the template, the dry run of an uploaded sheet, and its commit. */
import type { CallOptions } from '@/lib/cloud';
import { call } from '@/lib/cloud';

export const fetchTemplate = (communityId: string) => call('roster', 'template', { communityId });
export const dryRun = (communityId: string, fileId: string) =>
  call('roster', 'dryRun', { communityId, fileId });
export const commitImport = (communityId: string, fileId: string, planHash: string, opts: CallOptions) =>
  call('roster', 'commit', { communityId, fileId, planHash }, opts);
