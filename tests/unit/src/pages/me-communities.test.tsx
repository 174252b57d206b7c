/** Issue 15 on 我的: the community each page is in, switching between two, and the entries by role. */
import { fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import MePage from '@/pages/me';
import { useSessionStore } from '@/features/session';
import { normaliseInviteCode } from '@/features/account';
import { parseBuildings } from '@/features/admin';
import * as service from '@/features/me/services/me.service';
import { me, membership } from '../fixtures';
import { signedIn } from '../session';

jest.mock('@/features/me/services/me.service');
const regs = service.fetchMyRegistrations as jest.MockedFunction<typeof service.fetchMyRegistrations>;
const points = service.fetchMyPoints as jest.MockedFunction<typeof service.fetchMyPoints>;

const two = me({
  memberships: [
    membership({ communityId: 'bjq', communityName: '碧鸡桥社区', roles: ['resident'] }),
    membership({ communityId: 'tm', communityName: '天马社区', roles: ['resident', 'admin'] }),
  ],
});

beforeEach(() => {
  regs.mockResolvedValue([]);
  points.mockResolvedValue({ moreCursor: null, balance: 0, earnedTotal: 0, spentTotal: 0, serviceMinutes: 0, recent: [] });
});

it('shows which community the page is in and switches to the other one', async () => {
  signedIn(two);
  render(<MePage />);
  expect(await screen.findByLabelText('当前社区：碧鸡桥社区')).toBeTruthy();
  expect(screen.getByText('✓ 碧鸡桥社区（当前）')).toBeTruthy();
  // Not an admin in 碧鸡桥: no 社区管理 here.
  expect(screen.queryByText('社区管理')).toBeNull();
  fireEvent.click(screen.getByText('天马社区'));
  expect(useSessionStore.getState().communityId).toBe('tm');
  expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/home/index' });
  expect(await screen.findByLabelText('当前社区：天马社区')).toBeTruthy();
  // An admin of 天马: 社区管理 opens the admin subpackage.
  fireEvent.click(screen.getByText('社区管理'));
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/admin/pages/index/index' });
});

it('has no switch for one community, and always the invite and my-data entries', async () => {
  signedIn(me());
  render(<MePage />);
  expect(await screen.findByLabelText('当前社区：碧鸡桥社区')).toBeTruthy();
  expect(screen.queryByText('切换社区')).toBeNull();
  fireEvent.click(screen.getByText('我的数据与删除'));
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/account/pages/privacy/index' });
  fireEvent.click(screen.getByText('使用邀请码'));
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/account/pages/invite/index' });
  expect(screen.queryByText('平台运营')).toBeNull();
});

it('reads an invite typed loosely or scanned from its QR, and buildings typed on one line', () => {
  expect(normaliseInviteCode(' abcd 2345 ')).toBe('ABCD2345');
  expect(normaliseInviteCode('LINLI-INVITE:QWER7890')).toBe('QWER7890');
  expect(parseBuildings('1栋 2栋，3栋,1栋、 4栋')).toEqual(['1栋', '2栋', '3栋', '4栋']);
});
