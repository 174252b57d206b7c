import { makeCloudMain } from '../cloud-entry';
import { handlers } from './handlers';

/** Cloud function `notices`: every action of types/contract.ts `notices` (消息). */
export const main = makeCloudMain('notices', handlers);
