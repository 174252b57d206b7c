/**
 * Where file bytes live, behind one small interface: a folder under the data dir locally
 * (server/storage/local-store.ts), WeChat cloud storage in cloud functions (server/storage/cloud-store.ts).
 * The host chooses once at start (`setFileStore`); the domain only calls `fileStore()`.
 */
import path from 'node:path';
import { createLocalStore } from '../../storage/local-store';
import type { FileStore } from './file-store';

export type { FileStore } from './file-store';

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
