import { makeCloudMain } from '../cloud-entry';
import { handlers } from './handlers';

/** Cloud function `user`: every action of types/contract.ts `user`. */
export const main = makeCloudMain('user', handlers);
