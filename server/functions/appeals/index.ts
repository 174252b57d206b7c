import { makeCloudMain } from '../cloud-entry';
import { handlers } from './handlers';

/** Cloud function `appeals`: every action of types/contract.ts `appeals` (民情诉求). */
export const main = makeCloudMain('appeals', handlers);
