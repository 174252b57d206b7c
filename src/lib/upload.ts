/**
 * Uploads. WeChat build with a cloud env → Taro.cloud.uploadFile to `uploads/<community>/…`, then
 * `files.register` (the server fetches, checks and keeps a cleaned copy); otherwise the raw bytes
 * go to `POST {LINLI_API_BASE}/files` with the session token. Either way the answer is
 * `{fileId, url}`: send `fileId` with the record that uses it, show `url` (through `fileUrl`).
 * Failures are one CloudError with a Chinese message, like every call.
 */
import Taro from '@tarojs/taro';
import { errorMessage, type FilePurpose, type UploadedFile } from '@linli/types';
import { call } from './cloud';
import { CloudError, NETWORK_FAILED, NETWORK_MESSAGE } from './cloud-error';
import { apiBase, isCloudMode } from './runtime-mode';
import { authHeader } from './token';
import { shrinkPhoto } from './shrink-photo';

export interface UploadTarget {
  communityId: string;
  purpose: FilePurpose;
}

export interface LocalFile {
  /** A temp path (WeChat) or blob: URL (H5) from chooseImage or the recorder. */
  filePath: string;
  /** H5: the file itself (the page's CSP does not let it fetch blob: URLs). */
  blob?: Blob;
  /** Voice notes: the recorder's length, used only when the file itself does not say. */
  durationMs?: number;
}

/** A URL from the server made usable here: relative `/files/…` addresses live on the functions' host. */
export function fileUrl(url: string): string {
  return url.startsWith('/') ? `${apiBase()}${url}` : url;
}

function randomName(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

function extensionOf(path: string): string {
  const m = /\.([A-Za-z0-9]{1,5})(?:\?|$)/.exec(path);
  return m ? m[1].toLowerCase() : 'bin';
}

async function viaCloud(target: UploadTarget, file: LocalFile): Promise<UploadedFile> {
  let fileID: string;
  try {
    const res = await Taro.cloud.uploadFile({
      cloudPath: `uploads/${target.communityId}/${randomName()}.${extensionOf(file.filePath)}`,
      filePath: file.filePath,
    });
    fileID = res.fileID;
  } catch {
    throw new CloudError(NETWORK_FAILED, NETWORK_MESSAGE);
  }
  return call('files', 'register', {
    communityId: target.communityId,
    purpose: target.purpose,
    cloudFileId: fileID,
    ...(file.durationMs != null ? { durationMs: Math.round(file.durationMs) } : {}),
  });
}

/** The bytes of a local file: the File/Blob itself in H5, the file system manager in WeChat. */
async function readBytes(file: LocalFile): Promise<ArrayBuffer> {
  if (file.blob) return file.blob.arrayBuffer();
  const fs = Taro.getFileSystemManager();
  return new Promise((resolve, reject) =>
    fs.readFile({ filePath: file.filePath, success: (r) => resolve(r.data as ArrayBuffer), fail: reject }),
  );
}

function uploadQuery(target: UploadTarget, file: LocalFile): string {
  const q = `communityId=${encodeURIComponent(target.communityId)}&purpose=${target.purpose}`;
  return file.durationMs != null ? `${q}&durationMs=${Math.round(file.durationMs)}` : q;
}

async function viaHttp(target: UploadTarget, file: LocalFile): Promise<UploadedFile> {
  let body: ArrayBuffer;
  try {
    body = await readBytes(file);
    // Photos are shrunk before sending; voice notes and sheets go as they are.
    if (target.purpose !== 'appeal_voice' && target.purpose !== 'roster_sheet')
      body = await shrinkPhoto(body);
  } catch {
    throw new CloudError('FILES.NOT_FOUND', errorMessage('FILES.NOT_FOUND'));
  }
  const url = `${apiBase()}/files?${uploadQuery(target, file)}`;
  const header = {
    'content-type': 'application/octet-stream',
    ...authHeader(),
  };
  let res: { statusCode: number; data: unknown };
  try {
    if (process.env.TARO_ENV === 'h5') {
      // The browser's own fetch sends an ArrayBuffer as is; no JSON or form encoding in between.
      const r = await fetch(url, { method: 'POST', headers: header, body });
      res = { statusCode: r.status, data: await r.json().catch(() => null) };
    } else {
      res = await Taro.request({ url, method: 'POST', data: body, timeout: 60_000, header });
    }
  } catch {
    throw new CloudError(NETWORK_FAILED, NETWORK_MESSAGE);
  }
  const reply = res.data as { ok?: boolean; data?: UploadedFile; error?: { code: string; message: string } };
  if (reply && reply.ok === true && reply.data) return reply.data;
  if (reply && reply.ok === false && reply.error)
    throw new CloudError(reply.error.code, reply.error.message || errorMessage(reply.error.code));
  throw new CloudError('FILES.UPLOAD_FAILED', errorMessage('FILES.UPLOAD_FAILED'));
}

/** Uploads one local file for a purpose. */
export function uploadFile(target: UploadTarget, file: LocalFile): Promise<UploadedFile> {
  return isCloudMode() ? viaCloud(target, file) : viaHttp(target, file);
}

/** The person cancelled the picker: not an error worth a message. */
export class PickCancelled extends Error {}

/**
 * Lets the person take or choose up to `count` photos and uploads them one by one. Already-uploaded
 * photos are returned even if a later one fails (`onError` gets that failure), so nothing is lost.
 */
export async function chooseAndUpload(
  opts: UploadTarget & { count: number; onError?: (e: CloudError) => void },
): Promise<UploadedFile[]> {
  let chosen: LocalFile[];
  try {
    const picked = await Taro.chooseImage({
      count: opts.count,
      sizeType: ['compressed'],
      sourceType: ['camera', 'album'],
    });
    // H5 hands over the File objects too (`originalFileObj`); WeChat gives temp paths.
    const files = (picked.tempFiles ?? []) as { path: string; originalFileObj?: Blob }[];
    chosen = picked.tempFilePaths.map((filePath, i) => ({ filePath, blob: files[i]?.originalFileObj }));
  } catch {
    throw new PickCancelled('cancelled');
  }
  const done: UploadedFile[] = [];
  for (const file of chosen.slice(0, opts.count)) {
    try {
      done.push(await uploadFile(opts, file));
    } catch (e) {
      const err =
        e instanceof CloudError
          ? e
          : new CloudError('FILES.UPLOAD_FAILED', errorMessage('FILES.UPLOAD_FAILED'));
      if (!opts.onError) throw err;
      opts.onError(err);
    }
  }
  return done;
}
