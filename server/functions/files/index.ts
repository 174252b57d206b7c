import { makeCloudMain } from '../cloud-entry';

/** Cloud function `files`: registers an upload the app put in cloud storage (types/contract/files.ts). */
export const main = makeCloudMain('files');
