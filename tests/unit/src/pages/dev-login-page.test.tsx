import Taro from '@tarojs/taro';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import DevLoginPage from '@/packages/dev/pages/login';
import { useSessionStore } from '@/features/session';
import { CloudError } from '@/lib/cloud-error';
import * as service from '@/features/session/services/session.service';
import { me } from '../fixtures';

jest.mock('@/features/session/services/session.service');
const fetchDevPeople = service.fetchDevPeople as jest.MockedFunction<typeof service.fetchDevPeople>;
const devLogin = service.devLogin as jest.MockedFunction<typeof service.devLogin>;
const fetchMe = service.fetchMe as jest.MockedFunction<typeof service.fetchMe>;

const PEOPLE = [
  { openid: 'dev-zhang', name: '张秀英', roles: ['resident' as const], note: '78 岁，住锦绣苑' },
  { openid: 'dev-li', name: '李敏', roles: ['resident' as const, 'staff' as const], note: '负责发布活动' },
  { openid: 'dev-wang', name: '王建国', roles: ['resident' as const, 'grid_worker' as const], note: '' },
];

beforeEach(() => {
  for (const m of [fetchDevPeople, devLogin, fetchMe]) m.mockReset();
  fetchDevPeople.mockResolvedValue(PEOPLE);
});

it('lists the demo people under their main role', async () => {
  render(<DevLoginPage />);
  await screen.findByRole('button', { name: '以 张秀英 身份进入' });
  const headings = screen.getAllByText(/^(居民|社区工作者|微网格员)$/).map((h) => h.textContent);
  expect(headings).toEqual(['社区工作者', '微网格员', '居民']);
  expect(screen.getByText('78 岁，住锦绣苑')).toBeTruthy();
});

it('tapping a person stores the session token and goes home', async () => {
  devLogin.mockResolvedValue('token-zhang');
  fetchMe.mockResolvedValue(me());
  render(<DevLoginPage />);
  const btn = await screen.findByRole('button', { name: '以 张秀英 身份进入' });
  await act(async () => {
    fireEvent.click(btn);
  });
  expect(devLogin).toHaveBeenCalledWith('dev-zhang');
  expect(Taro.setStorageSync).toHaveBeenCalledWith('linli.token', 'token-zhang');
  expect(Taro.getStorageSync('linli.token')).toBe('token-zhang');
  expect(useSessionStore.getState()).toMatchObject({ status: 'ready', communityId: 'bjq' });
  expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/home/index' });
});

it('sends someone without a community to join one', async () => {
  devLogin.mockResolvedValue('token-new');
  fetchMe.mockResolvedValue(me({ memberships: [] }));
  render(<DevLoginPage />);
  const box = await screen.findByPlaceholderText('例如 dev-resident-1');
  fireEvent.input(box, { target: { value: 'someone-new' } });
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '以此 openid 进入' }));
  });
  expect(devLogin).toHaveBeenCalledWith('someone-new');
  expect(Taro.reLaunch).toHaveBeenCalledWith({ url: '/pages/join/index' });
  expect(Taro.switchTab).not.toHaveBeenCalled();
});

it('says why when the dev login is refused', async () => {
  devLogin.mockRejectedValue(new CloudError('AUTH.DEV_LOGIN_DISABLED', '当前环境不提供开发登录'));
  render(<DevLoginPage />);
  const btn = await screen.findByRole('button', { name: '以 李敏 身份进入' });
  await act(async () => {
    fireEvent.click(btn);
  });
  expect(within(screen.getByRole('alert')).getByText('当前环境不提供开发登录')).toBeTruthy();
  expect(Taro.setStorageSync).not.toHaveBeenCalledWith('linli.token', expect.anything());
});
