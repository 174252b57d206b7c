/**
 * WeChat cloud storage (wx-server-sdk) behind the FileStore interface. Checked files are written by
 * the server under `files/<community>/<id>`; the storage key is the cloud fileID. With the bucket's
 * permission set to "仅创建者可读写", residents cannot read each other's uploads or the server's
 * copies directly: they get temp URLs from `getTempFileURL`, issued after the domain checked access.
 * Runs only in a cloud function; tested against a fake of the four calls.
 */
import type { FileStore } from '../domain/files/file-store';

export interface WxCloudStorage {
  uploadFile(opts: { cloudPath: string; fileContent: Buffer }): Promise<{ fileID: string }>;
  downloadFile(opts: { fileID: string }): Promise<{ fileContent: Buffer }>;
  deleteFile(opts: { fileList: string[] }): Promise<unknown>;
  getTempFileURL(opts: {
    fileList: { fileID: string; maxAge: number }[];
  }): Promise<{ fileList: { fileID: string; tempFileURL?: string; status: number }[] }>;
}

/** getTempFileURL takes at most 50 files per call. */
const URL_BATCH = 50;

export function createCloudStore(sdk: () => WxCloudStorage): FileStore {
  return {
    kind: 'cloud',
    async put(key, bytes) {
      const { fileID } = await sdk().uploadFile({ cloudPath: `files/${key}`, fileContent: bytes });
      if (!fileID) throw new Error('cloud uploadFile returned no fileID');
      return fileID;
    },
    async get(fileID) {
      return download(sdk(), fileID);
    },
    async remove(fileID) {
      await sdk().deleteFile({ fileList: [fileID] });
    },
    async directUrls(fileIDs, ttlSeconds) {
      const urls: (string | null)[] = [];
      for (let i = 0; i < fileIDs.length; i += URL_BATCH) {
        const batch = fileIDs.slice(i, i + URL_BATCH);
        const { fileList } = await sdk().getTempFileURL({
          fileList: batch.map((fileID) => ({ fileID, maxAge: ttlSeconds })),
        });
        for (const id of batch) {
          const hit = fileList.find((f) => f.fileID === id);
          urls.push(hit && hit.status === 0 && hit.tempFileURL ? hit.tempFileURL : null);
        }
      }
      return urls;
    },
    async fetchUpload(fileID) {
      return download(sdk(), fileID);
    },
  };
}

async function download(sdk: WxCloudStorage, fileID: string): Promise<Buffer | null> {
  try {
    const { fileContent } = await sdk.downloadFile({ fileID });
    return Buffer.isBuffer(fileContent) ? fileContent : Buffer.from(fileContent);
  } catch (err) {
    // The SDK rejects a missing file with an errCode (STORAGE_FILE_NONEXIST / -503003); anything else is a real failure.
    const e = err as { errCode?: number | string; errMsg?: string; message?: string };
    const text = `${e.errCode ?? ''} ${e.errMsg ?? e.message ?? ''}`;
    if (/NONEXIST|not exist|-503003|404/i.test(text)) return null;
    throw err;
  }
}
