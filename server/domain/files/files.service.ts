/**
 * Uploaded files: stored only after their content is checked (content.ts), owned by the uploader
 * until one record claims them (`attachFiles`, once, in the caller's transaction), shown to others
 * only through signed short-lived URLs (`fileViews`, after the caller has decided access).
 */
import crypto from 'node:crypto';
import { and, count, eq, gt, inArray, isNull, lt } from 'drizzle-orm';
import type { FilePurpose, FileView, UploadedFile } from '@linli/types';
import type { Db, Executor } from '../../db/client';
import { files } from '../../db/schema';
import { AppError } from '../shared/app-error';
import { hasRole, type Ctx } from '../shared/context';
import { checkContent, mayUpload } from './content';
import { signedPath, URL_TTL_SECONDS } from './signing';
import { fileStore } from './storage';

/** Unattached uploads one person may hold per community per day: a full disk is nobody's appeal. */
export const DAILY_LOOSE_UPLOADS = 60;

export interface NewUpload {
  communityId: string;
  ownerId: string;
  purpose: FilePurpose;
  bytes: Buffer;
  clientDurationMs?: number | null;
  now?: Date;
}

/** Checks, stores and records one upload. The caller has already checked membership of the community. */
export async function storeUpload(db: Executor, u: NewUpload): Promise<UploadedFile> {
  const now = u.now ?? new Date();
  const checked = checkContent(u.purpose, u.bytes, u.clientDurationMs);
  const since = new Date(now.getTime() - 24 * 3600 * 1000);
  const [{ n }] = await db
    .select({ n: count() })
    .from(files)
    .where(
      and(
        eq(files.communityId, u.communityId),
        eq(files.ownerId, u.ownerId),
        gt(files.createdAt, since),
        isNull(files.attachedToId),
      ),
    );
  if (n >= DAILY_LOOSE_UPLOADS) throw new AppError('FILES.TOO_MANY');
  const id = crypto.randomUUID();
  const store = fileStore();
  const storageKey = await store.put(`${u.communityId}/${id}`, checked.bytes, checked.mime);
  try {
    await db.insert(files).values({
      communityId: u.communityId,
      id,
      ownerId: u.ownerId,
      purpose: u.purpose,
      mime: checked.mime,
      bytes: checked.bytes.length,
      durationMs: checked.durationMs,
      storageKey,
      createdAt: now,
    });
  } catch (err) {
    await store.remove(storageKey).catch(() => undefined);
    throw err;
  }
  const [view] = await fileViews(db, u.communityId, [id], now);
  return { fileId: id, url: view.url };
}

/**
 * `files.register`: the weapp uploaded to cloud storage (`uploads/<community>/…`); the server fetches
 * it, runs the same checks, stores the cleaned copy under its own key and deletes the upload (which
 * still carries any location metadata).
 */
export async function register(
  ctx: Ctx,
  input: { communityId: string; purpose: FilePurpose; cloudFileId: string; durationMs?: number },
): Promise<UploadedFile> {
  if (!mayUpload(input.purpose, ctx.roles)) throw new AppError('AUTH.FORBIDDEN');
  const path = input.cloudFileId.replace(/^cloud:\/\/[^/]+\//, '');
  if (!path.startsWith(`uploads/${input.communityId}/`)) throw new AppError('FILES.NOT_FOUND');
  const store = fileStore();
  const bytes = await store.fetchUpload(input.cloudFileId).catch((err: unknown) => {
    console.error('[files] cloud download failed', err);
    throw new AppError('FILES.UPLOAD_FAILED');
  });
  if (!bytes) throw new AppError('FILES.NOT_FOUND');
  const uploaded = await storeUpload(ctx.db, {
    communityId: input.communityId,
    ownerId: ctx.actor.userId,
    purpose: input.purpose,
    bytes,
    clientDurationMs: input.durationMs,
    now: ctx.now,
  });
  await store.remove(input.cloudFileId).catch(() => undefined); // a leftover upload is swept by its storage rule
  return uploaded;
}

export interface AttachTo {
  /** The kind of record, e.g. 'appeal', 'appeal_step', 'event' (lowercase, underscores). */
  kind: string;
  id: string;
}

/**
 * Claims uploaded files for one record, inside the caller's transaction. Each file must be in the
 * community, have the purpose, be the caller's own upload (staff and grid workers may attach others'
 * for records they make on someone's behalf) and not belong to another record. Calling again for the
 * same record is a no-op. Throws FILES.NOT_FOUND / FILES.ALREADY_USED; the caller's transaction then
 * rolls back whole. Rows are locked in id order, so concurrent claims queue and exactly one wins.
 */
export async function attachFiles(
  ctx: Ctx,
  opts: { communityId: string; fileIds: readonly string[]; purpose: FilePurpose; attachTo: AttachTo },
): Promise<void> {
  const ids = [...new Set(opts.fileIds)].sort();
  if (ids.length === 0) return;
  if (!/^[a-z][a-z_]{0,31}$/.test(opts.attachTo.kind))
    throw new Error(`bad attach kind ${opts.attachTo.kind}`);
  const rows = await ctx.db
    .select({
      id: files.id,
      ownerId: files.ownerId,
      purpose: files.purpose,
      kind: files.attachedToKind,
      to: files.attachedToId,
    })
    .from(files)
    .where(and(eq(files.communityId, opts.communityId), inArray(files.id, ids)))
    .orderBy(files.id)
    .for('update');
  const onBehalf = hasRole(ctx, 'staff', 'grid_worker');
  const loose: string[] = [];
  for (const id of ids) {
    const row = rows.find((r) => r.id === id);
    if (!row || row.purpose !== opts.purpose || (row.ownerId !== ctx.actor.userId && !onBehalf))
      throw new AppError('FILES.NOT_FOUND');
    if (row.to === null) loose.push(id);
    else if (row.kind !== opts.attachTo.kind || row.to !== opts.attachTo.id)
      throw new AppError('FILES.ALREADY_USED');
  }
  if (loose.length === 0) return;
  const claimed = await ctx.db
    .update(files)
    .set({ attachedToKind: opts.attachTo.kind, attachedToId: opts.attachTo.id, attachedAt: ctx.now })
    .where(and(eq(files.communityId, opts.communityId), inArray(files.id, loose), isNull(files.attachedToId)))
    .returning({ id: files.id });
  // The rows are locked above, so this cannot happen; if it does, the guard did its job.
  if (claimed.length !== loose.length) throw new AppError('FILES.ALREADY_USED');
}

/**
 * Views of files for someone the caller has already allowed to see them, in the order asked;
 * unknown ids are left out. URLs are signed and expire (about an hour).
 */
export async function fileViews(
  db: Executor,
  communityId: string,
  fileIds: readonly string[],
  now = new Date(),
): Promise<FileView[]> {
  if (fileIds.length === 0) return [];
  const rows = await db
    .select({ id: files.id, mime: files.mime, storageKey: files.storageKey, durationMs: files.durationMs })
    .from(files)
    .where(and(eq(files.communityId, communityId), inArray(files.id, [...fileIds])));
  const found = fileIds.flatMap((id) => rows.filter((r) => r.id === id));
  const direct = await fileStore().directUrls(
    found.map((r) => r.storageKey),
    URL_TTL_SECONDS,
  );
  const views: FileView[] = [];
  for (const [k, row] of found.entries()) {
    const url = direct?.[k] ?? (await signedPath(db, communityId, row.id, now));
    views.push({ id: row.id, mime: row.mime, url, durationMs: row.durationMs });
  }
  return views;
}

/**
 * Views of the files attached to several records of one kind (a list page, a timeline), grouped by
 * record id, each group oldest first; `purpose` narrows to photos or voice. Records without files
 * are absent from the map.
 */
export async function viewsByRecord(
  db: Executor,
  communityId: string,
  kind: string,
  recordIds: readonly string[],
  opts: { purpose?: FilePurpose; now?: Date } = {},
): Promise<Map<string, FileView[]>> {
  const byRecord = new Map<string, FileView[]>();
  if (recordIds.length === 0) return byRecord;
  const rows = await db
    .select({ id: files.id, to: files.attachedToId })
    .from(files)
    .where(
      and(
        eq(files.communityId, communityId),
        eq(files.attachedToKind, kind),
        inArray(files.attachedToId, [...recordIds]),
        opts.purpose ? eq(files.purpose, opts.purpose) : undefined,
      ),
    )
    .orderBy(files.createdAt, files.id);
  const views = await fileViews(
    db,
    communityId,
    rows.map((r) => r.id),
    opts.now,
  );
  rows.forEach((r, i) => byRecord.set(r.to!, [...(byRecord.get(r.to!) ?? []), views[i]]));
  return byRecord;
}

/** Views of the files attached to one record, oldest first. */
export async function attachedViews(
  db: Executor,
  communityId: string,
  attachTo: AttachTo,
  opts: { purpose?: FilePurpose; now?: Date } = {},
): Promise<FileView[]> {
  return (await viewsByRecord(db, communityId, attachTo.kind, [attachTo.id], opts)).get(attachTo.id) ?? [];
}

/** The bytes behind a signed URL (the runtime has verified the signature). */
export async function readFile(
  db: Executor,
  communityId: string,
  id: string,
): Promise<{ mime: string; bytes: Buffer } | null> {
  const [row] = await db
    .select({ mime: files.mime, storageKey: files.storageKey })
    .from(files)
    .where(and(eq(files.communityId, communityId), eq(files.id, id)));
  if (!row) return null;
  const bytes = await fileStore().get(row.storageKey);
  return bytes ? { mime: row.mime, bytes } : null;
}

/** Uploads nobody attached within this time are deleted: a form abandoned, a photo replaced. */
export const LOOSE_FILE_HOURS = 24;

/**
 * The timer's sweep: deletes up to `limit` loose uploads older than LOOSE_FILE_HOURS, rows first
 * (so no URL can be signed for them any more), then their bytes, best effort.
 */
export async function sweepLooseFiles(db: Db, now = new Date(), limit = 200): Promise<number> {
  const before = new Date(now.getTime() - LOOSE_FILE_HOURS * 3600 * 1000);
  const gone = await db.transaction(async (tx) => {
    const stale = await tx
      .select({ communityId: files.communityId, id: files.id })
      .from(files)
      .where(and(isNull(files.attachedToId), lt(files.createdAt, before)))
      .limit(limit)
      .for('update', { skipLocked: true });
    if (stale.length === 0) return [];
    const removed: { storageKey: string }[] = [];
    for (const communityId of new Set(stale.map((r) => r.communityId))) {
      const ids = stale.filter((r) => r.communityId === communityId).map((r) => r.id);
      removed.push(
        ...(await tx
          .delete(files)
          .where(and(eq(files.communityId, communityId), inArray(files.id, ids), isNull(files.attachedToId)))
          .returning({ storageKey: files.storageKey })),
      );
    }
    return removed;
  });
  const store = fileStore();
  for (const { storageKey } of gone) await store.remove(storageKey).catch(() => undefined);
  return gone.length;
}
