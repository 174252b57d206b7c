import { makeCloudMain } from '../cloud-entry';
import { handlers } from './handlers';

/** Cloud function `surveys`: every action of types/contract.ts `surveys` (民心测评). */
export const main = makeCloudMain('surveys', handlers);
