import { makeCloudMain } from '../cloud-entry';

/** Cloud function `events`: every action of types/contract.ts `events`. */
export const main = makeCloudMain('events');
