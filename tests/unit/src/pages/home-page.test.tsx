import Taro from '@tarojs/taro';
import { fireEvent, render, screen } from '@testing-library/react';
import HomePage from '@/pages/home';
import { CloudError } from '@/lib/cloud-error';
import * as service from '@/features/home/services/home.service';
import { homeData, me, membership } from '../fixtures';
import { signedIn } from '../session';

jest.mock('@/features/home/services/home.service');
const fetchHome = service.fetchHome as jest.MockedFunction<typeof service.fetchHome>;

beforeEach(() => {
  fetchHome.mockReset();
});

it('shows the community, its micro-fund and upcoming events with seats', async () => {
  signedIn();
  fetchHome.mockResolvedValue(homeData());
  render(<HomePage />);
  expect(await screen.findByText('碧鸡桥社区')).toBeTruthy();
  expect(fetchHome).toHaveBeenCalledWith({ communityId: 'bjq' });
  expect(screen.getByText('社区微基金')).toBeTruthy();
  expect(screen.getByText('¥12,345.60')).toBeTruthy();
  expect(screen.getByText('¥20,000.00')).toBeTruthy();
  expect(screen.getByText('重阳宴·百家宴')).toBeTruthy();
  expect(screen.getByText('剩余 120 席')).toBeTruthy();
  expect(screen.getByText('社区义诊')).toBeTruthy();
  expect(screen.getByText('已满')).toBeTruthy();
  expect(screen.queryByText('社区工作台')).toBeNull(); // residents do not see the staff entry
});

it('opens the event detail when a card is tapped', async () => {
  signedIn();
  fetchHome.mockResolvedValue(homeData());
  render(<HomePage />);
  fireEvent.click(await screen.findByText('重阳宴·百家宴'));
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/event/index?id=ev-cyy' });
});

it('offers staff the way into the 社区工作台', async () => {
  signedIn(me({ memberships: [membership({ roles: ['resident', 'staff'] })] }));
  fetchHome.mockResolvedValue(homeData());
  render(<HomePage />);
  fireEvent.click(await screen.findByRole('button', { name: '社区工作台' }));
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/staff/pages/events/index' });
});

it('offers a next step when there are no upcoming events', async () => {
  signedIn();
  fetchHome.mockResolvedValue(homeData({ upcoming: [] }));
  render(<HomePage />);
  fireEvent.click(await screen.findByRole('button', { name: '看看全部活动' }));
  expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/events/index' });
});

it('shows a load failure in words with a retry', async () => {
  signedIn();
  fetchHome.mockRejectedValueOnce(new CloudError('NETWORK.FAILED', '网络不太好，请稍后再试'));
  render(<HomePage />);
  expect((await screen.findByRole('alert')).textContent).toContain('网络不太好，请稍后再试');
  fetchHome.mockResolvedValue(homeData());
  fireEvent.click(screen.getByRole('button', { name: '重新加载' }));
  expect(await screen.findByText('¥12,345.60')).toBeTruthy();
});

it('shows the current 通知公告, pinned first as the server sends them, and opens one', async () => {
  signedIn();
  const a = (id: string, title: string, pinned: boolean) => ({
    id,
    title,
    words: '内容',
    pinned,
    photos: [],
    createdAt: '2099-10-01T02:00:00Z',
    expiresAt: null,
    authorName: '王芳',
    readCount: null,
  });
  fetchHome.mockResolvedValue(homeData({ announcements: [a('an-1', '疫苗接种', true), a('an-2', '停水通知', false)] }));
  render(<HomePage />);
  const card = await screen.findByLabelText('通知公告');
  expect(card.textContent).toBe('通知公告置顶疫苗接种停水通知');
  fireEvent.click(screen.getByText('停水通知'));
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/packages/announcements/pages/detail/index?id=an-2' });
});

it('shows no 通知公告 card when there are none', async () => {
  signedIn();
  fetchHome.mockResolvedValue(homeData());
  render(<HomePage />);
  await screen.findByText('碧鸡桥社区');
  expect(screen.queryByLabelText('通知公告')).toBeNull();
});
