import { makeCloudMain } from '../cloud-entry';

/** Cloud function `fund`: every action of types/contract.ts `fund`. */
export const main = makeCloudMain('fund');
