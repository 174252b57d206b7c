import { makeCloudMain } from '../cloud-entry';
import { handlers } from './handlers';

/** Cloud function `points`: every action of types/contract.ts `points`. */
export const main = makeCloudMain('points', handlers);
