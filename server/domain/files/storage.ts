/**
 * Where file bytes live, behind one small interface: a folder under the data dir locally
 * (server/storage/local-store.ts), WeChat cloud storage in cloud functions (server/storage/cloud-store.ts).
 * The host chooses once at start (`setFileStore`); the domain only calls `fileStore()`.
 */
import path from 'node:path';
import { createLocalStore } from '../../storage/local-store';

export interface FileStore {
  readonly kind: 'local' | 'cloud';
  /** Stores bytes under a server-made key (`<community>/<id>`); returns the storage key to keep. */
  put(key: string, bytes: Buffer, mime: string): Promise<string>;
  get(storageKey: string): Promise<Buffer | null>;
  remove(storageKey: string): Promise<void>;
  /**
   * Short-lived addresses served by the storage itself (cloud), one per key in order, or null:
   * then the runtime's signed URL is used.
   */
  directUrls(storageKeys: string[], ttlSeconds: number): Promise<(string | null)[] | null>;
  /** Reads what the app uploaded straight to storage (cloud `fileID`), to be checked and re-stored. */
  fetchUpload(uploadRef: string): Promise<Buffer | null>;
}

let current: FileStore | null = null;

export function setFileStore(store: FileStore): void {
  current = store;
}

/** The configured store; by default the data folder (LINLI_DATA_DIR, else .data) + /files. */
export function fileStore(): FileStore {
  if (!current) {
    const root = process.env.LINLI_DATA_DIR ?? path.resolve(__dirname, '../../../.data');
    current = createLocalStore(path.join(root, 'files'));
  }
  return current;
}
