/**
 * Stand-in until src/lib/upload.ts lands (uploads branch): pick photos and upload each one, in order.
 * The lead points `pickAndUpload` at src/lib/upload.ts at merge; pages only ever call this function.
 * H5 and weapp without a cloud env: POST {api}/files?communityId=…&purpose=… with the raw bytes and the
 * same Authorization header src/lib/cloud.ts sends. WeChat cloud: Taro.cloud.uploadFile.
 */
import Taro from '@tarojs/taro';
import { CloudError, NETWORK_FAILED, NETWORK_MESSAGE } from '@/lib/cloud-error';
import { apiBase, isCloudMode } from '@/lib/runtime-mode';
import { getToken } from '@/lib/token';

export type UploadPurpose = 'appeal_photo' | 'appeal_voice';

export interface Uploaded {
  fileId: string;
  url: string;
}

const CANCELLED = /cancel/i;

/**
 * The picked file's bytes: in H5 the File itself (the page's CSP allows no fetch of a blob: URL),
 * in WeChat a temp path read through the file system.
 */
async function readBytes(source: string | Blob): Promise<{ body: ArrayBuffer; type: string }> {
  if (typeof source !== 'string') {
    return { body: await source.arrayBuffer(), type: source.type || 'application/octet-stream' };
  }
  const path = source;
  const body = await new Promise<ArrayBuffer>((resolve, reject) =>
    Taro.getFileSystemManager().readFile({
      filePath: path,
      success: (r) => resolve(r.data as ArrayBuffer),
      fail: (e) => reject(new Error(e.errMsg)),
    }),
  );
  const type = /\.png$/i.test(path)
    ? 'image/png'
    : /\.(aac|m4a)$/i.test(path)
      ? 'audio/aac'
      : /\.mp3$/i.test(path)
        ? 'audio/mpeg'
        : 'image/jpeg';
  return { body, type };
}

function unwrap(data: unknown): Uploaded {
  const d = data as {
    ok?: boolean;
    data?: Uploaded;
    error?: { code: string; message: string };
  } & Partial<Uploaded>;
  if (d && d.ok === false && d.error) throw new CloudError(d.error.code, d.error.message);
  const out = d?.ok === true ? d.data : d;
  if (!out || typeof out.fileId !== 'string')
    throw new CloudError('FILE.UPLOAD_FAILED', '照片没有上传成功，请再试一次');
  return { fileId: out.fileId, url: typeof out.url === 'string' ? out.url : '' };
}

/** Uploads one local file: a WeChat temp path, or in H5 the File / Blob. */
export async function uploadPath(
  communityId: string,
  purpose: UploadPurpose,
  source: string | Blob,
): Promise<Uploaded> {
  if (isCloudMode() && typeof source === 'string') {
    const path = source;
    const ext = path.split('.').pop() ?? 'jpg';
    const r = await Taro.cloud.uploadFile({
      cloudPath: `${purpose}/${communityId}/${Date.now()}-${Math.random().toString(36).slice(2)}.${ext}`,
      filePath: path,
    });
    return { fileId: r.fileID, url: r.fileID };
  }
  const { body, type } = await readBytes(source);
  const token = getToken();
  let res: Taro.request.SuccessCallbackResult<TaroGeneral.IAnyObject | string | ArrayBuffer>;
  try {
    res = await Taro.request({
      url: `${apiBase()}/files?communityId=${encodeURIComponent(communityId)}&purpose=${purpose}`,
      method: 'POST',
      data: body,
      header: { 'content-type': type, ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    });
  } catch {
    throw new CloudError(NETWORK_FAILED, NETWORK_MESSAGE);
  }
  return unwrap(res.data);
}

/** Lets the person choose up to `count` photos (camera or album), uploads them; [] when they cancel. */
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
    // H5 hands over the File as `originalFileObj` beside its blob: URL.
    const files = (r.tempFiles ?? []) as { path: string; originalFileObj?: Blob }[];
    picked = r.tempFilePaths.slice(0, count).map((path, i) => ({ path, file: files[i]?.originalFileObj }));
  } catch (e) {
    if (CANCELLED.test(String((e as { errMsg?: string })?.errMsg ?? e))) return [];
    throw new CloudError('FILE.PICK_FAILED', '没有选到照片，请再试一次');
  }
  const out: Uploaded[] = [];
  for (const p of picked) {
    const up = await uploadPath(communityId, purpose, p.file ?? p.path);
    // The local copy shows at once (and where the server gives no viewing link yet).
    out.push({ fileId: up.fileId, url: p.path || up.url });
  }
  return out;
}
