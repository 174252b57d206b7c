/** Files in a folder of the data dir: `<root>/<community>/<id>`, written atomically, never served directly. */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { FileStore } from '../domain/files/file-store';

const SAFE_KEY = /^[A-Za-z0-9_-]{1,64}\/[A-Za-z0-9-]{1,64}$/;

export function createLocalStore(root: string): FileStore {
  const where = (key: string) => {
    // Keys are made by the server from checked ids; refuse anything else rather than trust it.
    if (!SAFE_KEY.test(key)) throw new Error(`bad storage key ${JSON.stringify(key)}`);
    return path.join(root, key);
  };
  return {
    kind: 'local',
    async put(key, bytes) {
      const file = where(key);
      await fs.mkdir(path.dirname(file), { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      await fs.writeFile(tmp, bytes, { mode: 0o600 });
      await fs.rename(tmp, file);
      return key;
    },
    async get(key) {
      try {
        return await fs.readFile(where(key));
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw err;
      }
    },
    async remove(key) {
      await fs.rm(where(key), { force: true });
    },
    async directUrls() {
      return null;
    },
    async fetchUpload() {
      return null; // locally the app posts the bytes to /files instead
    },
  };
}
