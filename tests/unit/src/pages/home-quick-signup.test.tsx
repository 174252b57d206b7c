import Taro from '@tarojs/taro';
import { fireEvent, render, screen, within } from '@testing-library/react';
import HomePage from '@/pages/home';
import { featuredEvent } from '@/features/home';
import * as service from '@/features/home/services/home.service';
import { eventSummary, homeData, me, registration } from '../fixtures';
import { signedIn } from '../session';

jest.mock('@/features/home/services/home.service');
const fetchHome = service.fetchHome as jest.MockedFunction<typeof service.fetchHome>;

const open = { signupOpensAt: '2000-01-01T00:00:00Z', signupClosesAt: '2099-10-27T12:00:00Z' };

beforeEach(() => {
  fetchHome.mockReset();
});

it('puts the open 重阳宴 first with one big 报名 button that goes straight to the confirm step', async () => {
  signedIn(me({ birthYear: 1950 }));
  fetchHome.mockResolvedValue(homeData({ upcoming: [eventSummary(open)] }));
  render(<HomePage />);
  const card = (await screen.findByText('为您推荐')).closest('.quick-signup') as HTMLElement;
  expect(within(card).getByText('重阳宴·百家宴')).toBeTruthy();
  expect(within(card).getByText('还剩 120 个座位')).toBeTruthy();
  fireEvent.click(within(card).getByRole('button', { name: '报名' }));
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/event/index?id=ev-cyy&confirm=1' });
  // The words open the full event, as any event card does.
  fireEvent.click(within(card).getByText('重阳宴·百家宴'));
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/pages/event/index?id=ev-cyy' });
});

it('offers no quick 报名 to someone the event is not for, or before sign-up opens', () => {
  const now = new Date('2026-10-01T00:00:00Z');
  expect(featuredEvent([eventSummary(open)], 1990, now)).toBeNull();
  expect(featuredEvent([eventSummary(open)], null, now)).toBeNull();
  expect(featuredEvent([eventSummary()], 1950, now)).toBeNull(); // opens in 2099
  expect(
    featuredEvent([eventSummary({ ...open, seatsLeft: 0, waitlistEnabled: false })], 1950, now),
  ).toBeNull();
  expect(featuredEvent([eventSummary(open)], 1950, now)?.id).toBe('ev-cyy');
});

it('shows the seat instead of 报名 once the person is signed up, with 查看二维码', async () => {
  signedIn(me({ birthYear: 1950 }));
  fetchHome.mockResolvedValue(
    homeData({
      upcoming: [eventSummary(open)],
      mine: [
        registration({ id: 'reg-9', eventId: 'ev-cyy', status: 'confirmed', seatNo: 12, seatNos: [12, 13] }),
      ],
    }),
  );
  render(<HomePage />);
  const card = (await screen.findByText('✓ 您已报名')).closest('.quick-signup') as HTMLElement;
  expect(within(card).getByText('座位 12、13 号')).toBeTruthy();
  expect(within(card).queryByRole('button', { name: '报名' })).toBeNull();
  fireEvent.click(within(card).getByRole('button', { name: '查看二维码' }));
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/pages/ticket/index?registrationId=reg-9' });
});

it('keeps a waitlisted person’s event on 首页 with their place in line, even when sign-up has closed', async () => {
  signedIn(me({ birthYear: 1950 }));
  const closed = { signupOpensAt: '2000-01-01T00:00:00Z', signupClosesAt: '2001-01-01T00:00:00Z' };
  fetchHome.mockResolvedValue(
    homeData({
      upcoming: [eventSummary(closed)],
      mine: [
        registration({
          eventId: 'ev-cyy',
          status: 'waitlisted',
          seatNo: null,
          seatNos: [],
          waitlistPosition: 4,
        }),
      ],
    }),
  );
  render(<HomePage />);
  const card = (await screen.findByText('您在候补名单上')).closest('.quick-signup') as HTMLElement;
  expect(within(card).getByText('候补第 4 位')).toBeTruthy();
  fireEvent.click(within(card).getByRole('button', { name: '查看报名' }));
  expect(Taro.navigateTo).toHaveBeenLastCalledWith({ url: '/pages/event/index?id=ev-cyy' });
});
