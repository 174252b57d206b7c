/**
 * The `shop` function's actions bound to their domain services. Only this function's bundle imports
 * these services (and their dependencies); the mapped type makes a missing handler a compile error.
 */
import type { FnHandlers } from '../handler-types';
import * as shop from '../../domain/shop/shop.service';
import * as redemption from '../../domain/shop/redemption.service';

export const handlers: FnHandlers<'shop'> = {
  items: shop.items,
  redeem: redemption.redeem,
  myRedemptions: redemption.myRedemptions,
  cancelRedemption: redemption.cancelRedemption,
  fulfil: redemption.fulfil,
  merchantRedemptions: redemption.merchantRedemptions,
  saveItem: shop.saveItem,
};
