import { makeCloudMain } from '../cloud-entry';
import { handlers } from './handlers';

/** Cloud function `shop`: every action of types/contract/shop.ts. */
export const main = makeCloudMain('shop', handlers);
