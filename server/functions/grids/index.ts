import { makeCloudMain } from '../cloud-entry';
import { handlers } from './handlers';

/** Cloud function `grids`: every action of types/contract.ts `grids` (微网格). */
export const main = makeCloudMain('grids', handlers);
