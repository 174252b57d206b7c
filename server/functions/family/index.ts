import { makeCloudMain } from '../cloud-entry';
import { handlers } from './handlers';

/** Cloud function `family`: every action of types/contract.ts `family` (家人代办). */
export const main = makeCloudMain('family', handlers);
