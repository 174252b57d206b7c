import { makeCloudMain } from '../cloud-entry';

/** Cloud function `user`: every action of types/contract.ts `user`. */
export const main = makeCloudMain('user');
