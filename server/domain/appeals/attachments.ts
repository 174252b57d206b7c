/**
 * The one place appeals touch uploaded files. Until the files domain (branch h/files) is merged, ids are
 * only checked for shape (zod) and stored on the appeal and its timeline entries; views carry no url.
 * Wiring, once `server/domain/files/files.service.ts` exists:
 *   attach:  await attachFiles(ctx, { communityId, fileIds, purpose, attachTo })   (claims them, checks owner/kind)
 *   view:    const views = await fileViews(db, communityId, ids)                    ({ id, mime, url }[])
 * and `voiceSeconds` from the voice file's duration.
 */
import type { AppealFile } from '@linli/types';
import type { Executor } from '../../db/client';
import { fail } from '../shared/app-error';
import type { Ctx } from '../shared/context';

export interface AttachRequest {
  communityId: string;
  photos: string[];
  voiceFileId?: string | null;
  attachTo: { kind: 'appeal' | 'appeal_entry'; id: string };
}

/** Claims the files for the appeal (or entry); returns the voice note's length when known. */
export async function attachAppealFiles(_ctx: Ctx, req: AttachRequest): Promise<{ voiceSeconds: number | null }> {
  if (new Set(req.photos).size !== req.photos.length) fail('APPEALS.FILE_INVALID', '同一张照片传了两次');
  if (req.voiceFileId && req.photos.includes(req.voiceFileId)) fail('APPEALS.FILE_INVALID');
  return { voiceSeconds: null };
}

/** Views of the files a viewer may see (the caller has already checked access to the appeal). */
export async function appealFileViews(
  _db: Executor,
  _communityId: string,
  ids: string[],
): Promise<Map<string, AppealFile>> {
  return new Map(ids.map((id) => [id, { id, mime: null, url: null }]));
}
