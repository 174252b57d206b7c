import { makeCloudMain } from '../cloud-entry';

/** Cloud function `points`: every action of types/contract.ts `points`. */
export const main = makeCloudMain('points');
