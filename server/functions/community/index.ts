import { makeCloudMain } from '../cloud-entry';
import { handlers } from './handlers';

/** Cloud function `community`: every action of types/contract.ts `community`. */
export const main = makeCloudMain('community', handlers);
