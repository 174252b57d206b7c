import { makeCloudMain } from '../cloud-entry';
import { handlers } from './handlers';

/** Cloud function `events`: every action of types/contract.ts `events`. */
export const main = makeCloudMain('events', handlers);
