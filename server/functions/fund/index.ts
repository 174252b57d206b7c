import { makeCloudMain } from '../cloud-entry';
import { handlers } from './handlers';

/** Cloud function `fund`: every action of types/contract.ts `fund`. */
export const main = makeCloudMain('fund', handlers);
