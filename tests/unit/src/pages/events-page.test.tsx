import { fireEvent, render, screen } from '@testing-library/react';
import EventsPage from '@/pages/events';
import * as service from '@/features/events/services/events.service';
import { eventSummary } from '../fixtures';
import { signedIn } from '../session';

jest.mock('@/features/events/services/events.service');
const fetchEvents = service.fetchEvents as jest.MockedFunction<typeof service.fetchEvents>;

beforeEach(() => {
  fetchEvents.mockReset();
  signedIn();
});

it('lists upcoming events soonest first, past ones after, with seat status', async () => {
  fetchEvents.mockResolvedValue([
    eventSummary({
      id: 'past',
      title: '去年的茶话会',
      startsAt: '2020-01-01T02:00:00Z',
      endsAt: '2020-01-01T04:00:00Z',
    }),
    eventSummary({
      id: 'later',
      title: '坝坝电影',
      startsAt: '2099-12-01T11:00:00Z',
      endsAt: '2099-12-01T13:00:00Z',
      seatsLeft: 0,
      waitlistEnabled: true,
    }),
    eventSummary({ id: 'soon', title: '重阳宴·百家宴', seatsLeft: 0, waitlistEnabled: false }),
  ]);
  render(<EventsPage />);
  await screen.findByText('坝坝电影');
  const titles = screen.getAllByText(/茶话会|坝坝电影|重阳宴/).map((e) => e.textContent);
  expect(titles).toEqual(['重阳宴·百家宴', '坝坝电影', '去年的茶话会']);
  expect(screen.getByText('已满·可候补')).toBeTruthy();
  expect(screen.getByText('已满')).toBeTruthy();
});

it('filters by category and offers a way back to all events when one is empty', async () => {
  fetchEvents.mockResolvedValue([eventSummary()]);
  render(<EventsPage />);
  await screen.findByText('重阳宴·百家宴');
  fetchEvents.mockResolvedValue([]);
  fireEvent.click(screen.getByText('儿童'));
  expect(await screen.findByText('这个类别暂时没有活动')).toBeTruthy();
  expect(fetchEvents).toHaveBeenLastCalledWith({ communityId: 'bjq', category: 'children' });
  fetchEvents.mockResolvedValue([eventSummary()]);
  fireEvent.click(screen.getByRole('button', { name: '看全部活动' }));
  expect(await screen.findByText('重阳宴·百家宴')).toBeTruthy();
  expect(fetchEvents).toHaveBeenLastCalledWith({ communityId: 'bjq', category: undefined });
});
