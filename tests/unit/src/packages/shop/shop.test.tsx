/** 积分超市: a resident redeems and gets a code; the merchant fulfils it by typing the code. */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { setRouterParams } from '../../../../jest/mocks/taro';
import ShopItemsPage from '@/packages/shop/pages/items';
import RedemptionPage from '@/packages/shop/pages/redemption';
import MyRedemptionsPage from '@/packages/shop/pages/mine';
import MerchantPage from '@/packages/shop/pages/merchant';
import { normalizeRedemptionCode, qrRuns } from '@/features/shop';
import { CloudError } from '@/lib/cloud-error';
import { ROUTES } from '@/lib/routes';
import { errorMessage } from '@linli/types';
import * as api from '@/features/shop/services/shop.service';
import { me, membership } from '../../fixtures';
import { signedIn } from '../../session';
import { redemption, shopItem } from '../fixtures';

jest.mock('@/features/shop/services/shop.service');
const items = api.fetchItems as jest.MockedFunction<typeof api.fetchItems>;
const balance = api.fetchBalance as jest.MockedFunction<typeof api.fetchBalance>;
const redeem = api.redeemItem as jest.MockedFunction<typeof api.redeemItem>;
const mine = api.fetchMyRedemptions as jest.MockedFunction<typeof api.fetchMyRedemptions>;
const cancel = api.cancelRedemption as jest.MockedFunction<typeof api.cancelRedemption>;
const fulfil = api.fulfilCode as jest.MockedFunction<typeof api.fulfilCode>;
const merchantList = api.fetchMerchantRedemptions as jest.MockedFunction<typeof api.fetchMerchantRedemptions>;

beforeEach(() => {
  for (const m of [items, balance, redeem, mine, cancel, fulfil, merchantList]) m.mockReset();
  items.mockResolvedValue([
    shopItem(),
    shopItem({ id: 'item-oil', title: '食用油 1.8L', pointsPrice: 120, stock: 0 }),
  ]);
  balance.mockResolvedValue(100);
  mine.mockResolvedValue([]);
  merchantList.mockResolvedValue([]);
});

it('reads codes the way people type them', () => {
  expect(normalizeRedemptionCode(' ab12 cd34 ')).toBe('AB12CD34');
  expect(normalizeRedemptionCode('AB12-CD34')).toBe('AB12CD34');
  expect(normalizeRedemptionCode('AB12CD3')).toBeNull();
  const qr = qrRuns('AB12CD34');
  expect(qr.size).toBe(21);
  // The finder pattern: seven dark modules top left and top right.
  expect(qr.rows[0][0]).toEqual([0, 7]);
  expect(qr.rows[0][qr.rows[0].length - 1]).toEqual([14, 7]);
});

it('redeems after the confirm dialog and opens the code, big and spaced, with its QR', async () => {
  signedIn(me({ name: '陈静' }));
  redeem.mockResolvedValue(redemption());
  render(<ShopItemsPage />);
  expect(await screen.findByText('100 分')).toBeTruthy();
  expect(screen.getByRole('button', { name: '已兑完' })).toBeTruthy();
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '兑换 牛肉面一碗' }));
  });
  expect(Taro.showModal).toHaveBeenCalledWith(
    expect.objectContaining({ content: expect.stringContaining('用 80 分兑换“牛肉面一碗”') }),
  );
  expect(redeem).toHaveBeenCalledWith(
    { communityId: 'bjq', itemId: 'item-noodle' },
    { requestKey: expect.any(String) },
  );
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: ROUTES.shopRedemption('r-1') });
  expect(screen.getByText('20 分')).toBeTruthy();

  mine.mockResolvedValue([redemption()]);
  setRouterParams({ id: 'r-1' });
  render(<RedemptionPage />);
  expect(await screen.findByText('兑换成功')).toBeTruthy();
  const ticket = screen.getByLabelText('兑换券');
  expect(within(ticket).getByText('AB12 CD34')).toBeTruthy();
  expect(within(ticket).getByRole('img', { name: '兑换码二维码 AB12CD34' })).toBeTruthy();
});

it('shows 积分不足 under the item when the server refuses', async () => {
  signedIn(me({ name: '陈静' }));
  redeem.mockRejectedValue(new CloudError('POINTS.INSUFFICIENT', errorMessage('POINTS.INSUFFICIENT')));
  render(<ShopItemsPage />);
  const button = await screen.findByRole('button', { name: '兑换 牛肉面一碗' });
  await act(async () => {
    fireEvent.click(button);
  });
  const alert = screen.getByRole('alert');
  expect(alert.textContent).toContain('没有兑换成功：牛肉面一碗');
  expect(alert.textContent).toContain('积分不足');
  expect(Taro.navigateTo).not.toHaveBeenCalled();
});

it('cancels a reserved redemption and says the points came back', async () => {
  signedIn(me({ name: '陈静' }));
  mine.mockResolvedValue([redemption()]);
  cancel.mockResolvedValue(redemption({ status: 'cancelled' }));
  render(<MyRedemptionsPage />);
  const button = await screen.findByRole('button', { name: '取消兑换' });
  await act(async () => {
    fireEvent.click(button);
  });
  expect(cancel).toHaveBeenCalledWith(
    { communityId: 'bjq', redemptionId: 'r-1' },
    { requestKey: expect.any(String) },
  );
  expect(screen.getByText('已取消“牛肉面一碗”，80 分已退回')).toBeTruthy();
  expect(screen.getByText('已取消')).toBeTruthy();
});

it('lets the merchant type the code and shows 核销成功 with the item and the holder', async () => {
  signedIn(me({ name: '周国强', memberships: [membership({ roles: ['resident', 'merchant'] })] }));
  fulfil.mockResolvedValue(redemption({ status: 'fulfilled', fulfilledAt: '2099-11-02T05:00:00Z' }));
  render(<MerchantPage />);
  expect(await screen.findByText('没有待核销的兑换券')).toBeTruthy();
  fireEvent.input(screen.getByPlaceholderText('例如 AB12 CD34'), { target: { value: 'ab12 cd34' } });
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '核销' }));
  });
  expect(fulfil).toHaveBeenCalledWith(
    { communityId: 'bjq', code: 'AB12CD34' },
    { requestKey: expect.any(String) },
  );
  expect(screen.getByText('核销成功')).toBeTruthy();
  expect(screen.getByText('牛肉面一碗 · 兑换人 陈静 · 兑换码 AB12 CD34')).toBeTruthy();
});

it("shows the server's message for a code from another shop", async () => {
  signedIn(me({ memberships: [membership({ roles: ['resident', 'merchant'] })] }));
  fulfil.mockRejectedValue(new CloudError('SHOP.NOT_YOUR_ITEM', errorMessage('SHOP.NOT_YOUR_ITEM')));
  render(<MerchantPage />);
  fireEvent.input(screen.getByPlaceholderText('例如 AB12 CD34'), { target: { value: 'ZZ99ZZ99' } });
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '核销' }));
  });
  expect(screen.getByRole('alert').textContent).toContain('这张兑换券不是您店里的商品');
});

it('says how many points are missing instead of letting the resident hit an error', async () => {
  signedIn(me({ name: '陈静' }));
  balance.mockResolvedValue(50);
  render(<ShopItemsPage />);
  expect(await screen.findByText(/还差 30 分/)).toBeTruthy();
  const button = screen.getByRole('button', { name: '积分不够' });
  expect(button.hasAttribute('disabled') || button.className.includes('disabled')).toBe(true);
});
