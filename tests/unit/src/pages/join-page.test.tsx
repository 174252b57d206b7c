import Taro from '@tarojs/taro';
import { act, fireEvent, render, screen } from '@testing-library/react';
import JoinPage from '@/pages/join';
import { setToken } from '@/lib/token';
import * as joinService from '@/features/join/services/join.service';
import * as sessionService from '@/features/session/services/session.service';
import { me, membership } from '../fixtures';

jest.mock('@/features/join/services/join.service');
jest.mock('@/features/session/services/session.service');
const communities = joinService.fetchCommunities as jest.MockedFunction<typeof joinService.fetchCommunities>;
const estates = joinService.fetchEstates as jest.MockedFunction<typeof joinService.fetchEstates>;
const join = joinService.joinCommunity as jest.MockedFunction<typeof joinService.joinCommunity>;
const fetchMe = sessionService.fetchMe as jest.MockedFunction<typeof sessionService.fetchMe>;

beforeEach(() => {
  for (const m of [communities, estates, join, fetchMe]) m.mockReset();
  setToken('t');
  communities.mockResolvedValue([{ id: 'bjq', name: '碧鸡桥社区', district: '武侯区', street: '玉林街道' }]);
  estates.mockResolvedValue([{ id: 'est-1', name: '锦绣苑', buildings: ['1栋', '3栋'] }]);
});

it('walks from privacy consent through community, estate, building, unit and room to home', async () => {
  join.mockResolvedValue(membership());
  fetchMe.mockResolvedValue(me());
  render(<JoinPage />);
  const community = await screen.findByText('碧鸡桥社区');
  await act(async () => {
    fireEvent.click(community);
  });
  fireEvent.click(await screen.findByText('锦绣苑'));
  fireEvent.click(screen.getByText('3栋'));
  fireEvent.input(screen.getByPlaceholderText('例如 2单元'), { target: { value: '2单元' } });
  fireEvent.input(screen.getByPlaceholderText('例如 302（同一户的家人填同一个）'), { target: { value: '３０２室' } });

  fireEvent.click(screen.getByRole('button', { name: '加入社区' }));
  expect(join).not.toHaveBeenCalled(); // not before the privacy terms are accepted
  expect((await screen.findByRole('alert')).textContent).toContain('请先阅读并同意隐私保护指引');

  fireEvent.click(screen.getByText('我已阅读并同意《隐私保护指引》'));
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '加入社区' }));
  });
  expect(join).toHaveBeenCalledWith(
    { communityId: 'bjq', estateId: 'est-1', building: '3栋', unit: '2单元', room: '302', acceptPrivacy: true },
    { requestKey: expect.any(String) },
  );
  expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/home/index' });
});
