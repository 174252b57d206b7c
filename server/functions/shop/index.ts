import { makeCloudMain } from '../cloud-entry';

/** Cloud function `shop`: every action of types/contract/shop.ts. */
export const main = makeCloudMain('shop');
