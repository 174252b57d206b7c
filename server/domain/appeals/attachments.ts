/**
 * The one place appeals touch uploaded files (server/domain/files): photos and the voice note are
 * claimed for the appeal or its timeline entry inside the caller's transaction (each file once, only
 * the uploader's own — or, for a record made on someone's behalf, any by staff and grid workers), and
 * shown through short-lived signed links once the caller has been allowed to see the appeal.
 */
import type { AppealFile } from '@linli/types';
import type { Executor } from '../../db/client';
import { attachFiles, fileViews } from '../files/files.service';
import { fail } from '../shared/app-error';
import type { Ctx } from '../shared/context';

export interface AttachRequest {
  communityId: string;
  photos: string[];
  voiceFileId?: string | null;
  attachTo: { kind: 'appeal' | 'appeal_entry'; id: string };
}

/** Claims the files for the appeal (or entry); returns the voice note's length when the file tells it. */
export async function attachAppealFiles(ctx: Ctx, req: AttachRequest): Promise<{ voiceSeconds: number | null }> {
  if (new Set(req.photos).size !== req.photos.length) fail('APPEALS.FILE_INVALID', '同一张照片传了两次');
  if (req.voiceFileId && req.photos.includes(req.voiceFileId)) fail('APPEALS.FILE_INVALID');
  const { communityId, attachTo } = req;
  await attachFiles(ctx, { communityId, fileIds: req.photos, purpose: 'appeal_photo', attachTo });
  if (!req.voiceFileId) return { voiceSeconds: null };
  await attachFiles(ctx, { communityId, fileIds: [req.voiceFileId], purpose: 'appeal_voice', attachTo });
  const [voice] = await fileViews(ctx.db, communityId, [req.voiceFileId], ctx.now);
  return { voiceSeconds: voice?.durationMs != null ? Math.round(voice.durationMs / 1000) : null };
}

/** Views of the files a viewer may see (the caller has already checked access to the appeal). */
export async function appealFileViews(
  db: Executor,
  communityId: string,
  ids: string[],
): Promise<Map<string, AppealFile>> {
  const views = await fileViews(db, communityId, ids);
  return new Map(views.map((v) => [v.id, { id: v.id, mime: v.mime, url: v.url }]));
}
