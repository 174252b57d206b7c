import { makeCloudMain } from '../cloud-entry';

/** Cloud function `community`: every action of types/contract.ts `community`. */
export const main = makeCloudMain('community');
