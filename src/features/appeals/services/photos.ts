/**
 * Appeal photos and voice notes through the one upload path (src/lib/upload.ts): in WeChat with a
 * cloud env, cloud storage then `files.register`; elsewhere the raw bytes to `POST /files`. Pages
 * only call these two functions.
 */
import Taro from '@tarojs/taro';
import { CloudError } from '@/lib/cloud-error';
import { uploadFile } from '@/lib/upload';

export type UploadPurpose = 'appeal_photo' | 'appeal_voice';

export interface Uploaded {
  fileId: string;
  url: string;
}

const CANCELLED = /cancel/i;

/** Uploads one local file: a WeChat temp path, or in H5 the File / Blob. */
export async function uploadPath(
  communityId: string,
  purpose: UploadPurpose,
  source: string | Blob,
): Promise<Uploaded> {
  const file = typeof source === 'string' ? { filePath: source } : { filePath: '', blob: source };
  return uploadFile({ communityId, purpose }, file);
}

/** Lets the person take or choose up to `count` photos and uploads them in order; [] when cancelled. */
export async function pickAndUpload({
  communityId,
  purpose,
  count,
}: {
  communityId: string;
  purpose: UploadPurpose;
  count: number;
}): Promise<Uploaded[]> {
  if (count <= 0) return [];
  let picked: { path: string; file?: Blob }[];
  try {
    const r = await Taro.chooseImage({ count, sizeType: ['compressed'], sourceType: ['album', 'camera'] });
    // H5 hands over the File as `originalFileObj` beside its blob: URL (the CSP allows no fetch of it).
    const files = (r.tempFiles ?? []) as { path: string; originalFileObj?: Blob }[];
    picked = r.tempFilePaths.slice(0, count).map((path, i) => ({ path, file: files[i]?.originalFileObj }));
  } catch (e) {
    if (CANCELLED.test(String((e as { errMsg?: string })?.errMsg ?? e))) return [];
    throw new CloudError('FILES.UPLOAD_FAILED', '没有选到照片，请再试一次');
  }
  const out: Uploaded[] = [];
  for (const p of picked) {
    const up = await uploadFile({ communityId, purpose }, { filePath: p.path, blob: p.file });
    // The local copy shows at once; the server's signed link serves everyone else.
    out.push({ fileId: up.fileId, url: p.path || up.url });
  }
  return out;
}
