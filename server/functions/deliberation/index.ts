import { makeCloudMain } from '../cloud-entry';
import { handlers } from './handlers';

/** Cloud function `deliberation`: every action of types/contract.ts `deliberation` (协商议事, 评选, 户). */
export const main = makeCloudMain('deliberation', handlers);
