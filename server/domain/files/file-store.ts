/** Where file bytes live: the one interface the stores implement (a module of its own, so stores and the chooser import no cycle). */
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
