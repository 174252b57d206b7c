/** 积分超市 for the shop subpackage. Entries on 首页 and 我的 live in the fund and points entries. */
import './components/shop.css';

export { useShopStore } from './stores/shop-store';
export { useMyRedemptionsStore } from './stores/my-redemptions-store';
export { useMerchantStore } from './stores/merchant-store';
export { useEditorStore, toItemInput, type ItemFields } from './stores/editor-store';
export { normalizeRedemptionCode, spacedCode, REDEMPTION_LABELS } from './code';
export { useHasRole } from '@/features/session';
export { ItemCard } from './components/item-card';
export { RedemptionCode } from './components/redemption-code';
export { RedemptionRow } from './components/redemption-row';
export { FulfilBox } from './components/fulfil-box';
export { ItemForm } from './components/item-form';
export { QrView, qrRuns } from './components/qr-view';
