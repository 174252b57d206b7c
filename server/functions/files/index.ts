import { makeCloudMain } from '../cloud-entry';
import { handlers } from './handlers';

/** Cloud function `files`: registers an upload the app put in cloud storage (types/contract/files.ts). */
export const main = makeCloudMain('files', handlers);
