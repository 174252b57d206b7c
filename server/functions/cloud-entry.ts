/**
 * The WeChat cloud function entry, one per domain. Identity is read once, here, from
 * getWXContext() (it reads process env, so it must not be read later or concurrently) and passed
 * down as a value. The database is PostgreSQL from DATABASE_URL, opened once per warm container.
 */
import { openDatabase, type Database } from '../db/client';
import { routerFor } from './router-core';
import type { FnHandlers } from './handler-types';
import { isFnName, setAllowedUrlHosts, type FnName, type Reply } from '@linli/types';
import { urlHostsFromEnv } from '../runtime/config';
import { setFileStore, type FileStore } from '../domain/files/storage';
import { createCloudStore, type WxCloudStorage } from '../storage/cloud-store';

interface WxServerSdk {
  init(opts: { env: unknown }): void;
  DYNAMIC_CURRENT_ENV: unknown;
  getWXContext(): { OPENID?: string };
}

export interface CloudDeps {
  sdk: () => WxServerSdk;
  database: () => Promise<Database>;
  /** Where uploaded files live: cloud storage by default. */
  fileStore?: () => FileStore;
}

let sdkInstance: (WxServerSdk & WxCloudStorage) | null = null;
function loadSdk(): WxServerSdk & WxCloudStorage {
  if (!sdkInstance) {
    // Installed by the cloud function's own package.json; never bundled.
    sdkInstance = require('wx-server-sdk') as WxServerSdk & WxCloudStorage;
    sdkInstance.init({ env: sdkInstance.DYNAMIC_CURRENT_ENV });
  }
  return sdkInstance;
}
let dbPromise: Promise<Database> | null = null;

export const defaultDeps: CloudDeps = {
  sdk: loadSdk,
  database: () => {
    if (!dbPromise) {
      const url = process.env.DATABASE_URL;
      if (!url) return Promise.reject(new Error('DATABASE_URL is not configured for this cloud function'));
      dbPromise = openDatabase({ url, poolSize: Number(process.env.LINLI_POOL_SIZE ?? 3) });
    }
    return dbPromise;
  },
  fileStore: () => createCloudStore(loadSdk),
};

/** The entry of cloud function `fn`, serving only its own handlers (so its bundle carries only its domain). */
export function makeCloudMain<F extends FnName>(fn: F, handlers: FnHandlers<F>, deps: CloudDeps = defaultDeps) {
  // Only the contract's own names: a bundle for `constructor` or `__proto__` is a build mistake.
  if (!isFnName(fn)) throw new Error(`no function ${JSON.stringify(fn)} in the contract`);
  const dispatch = routerFor({ [fn]: handlers });
  setAllowedUrlHosts(urlHostsFromEnv());
  if (deps.fileStore) setFileStore(deps.fileStore());
  return async function main(event: Record<string, unknown> | undefined): Promise<Reply<unknown>> {
    const { OPENID } = deps.sdk().getWXContext();
    // The platform adds `userInfo` to every callFunction event; it is not part of our envelope.
    const { userInfo: _platform, ...envelope } = event ?? {};
    const { db } = await deps.database();
    const { reply } = await dispatch({ db }, fn, envelope, OPENID ? { openid: OPENID } : null);
    return reply;
  };
}
