import Taro from '@tarojs/taro';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { setRouterParams } from '../../../jest/mocks/taro';
import EventPage from '@/pages/event';
import { CloudError } from '@/lib/cloud-error';
import * as service from '@/features/events/services/events.service';
import { eventDetail, registration } from '../fixtures';
import { signedIn } from '../session';

jest.mock('@/features/events/services/events.service');
const fetchDetail = service.fetchEventDetail as jest.MockedFunction<typeof service.fetchEventDetail>;
const signup = service.signup as jest.MockedFunction<typeof service.signup>;
const cancelReg = service.cancelRegistration as jest.MockedFunction<typeof service.cancelRegistration>;
const volunteerSignup = service.volunteerSignup as jest.MockedFunction<typeof service.volunteerSignup>;

beforeEach(() => {
  for (const m of [fetchDetail, signup, cancelReg, volunteerSignup]) m.mockReset();
  signedIn();
  setRouterParams({ id: 'ev-cyy' });
});

async function renderPage() {
  render(<EventPage />);
  return screen.findByText('重阳宴·百家宴');
}

it('explains why the person cannot sign up, before the (disabled) button', async () => {
  fetchDetail.mockResolvedValue(
    eventDetail({
      eligibility: {
        eligible: false,
        reasons: [
          { code: 'EVENTS.BIRTH_YEAR_REQUIRED', message: '本活动有年龄要求，请先在“我的”中填写出生年份' },
        ],
      },
    }),
  );
  await renderPage();
  const reason = screen.getByText(/请先在“我的”中填写出生年份/);
  const button = screen.getByRole('button', { name: '报名' });
  expect(reason.compareDocumentPosition(button) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  expect(button.className).toContain('nut-button-disabled');
  fireEvent.click(button);
  expect(signup).not.toHaveBeenCalled();
  expect(fetchDetail).toHaveBeenCalledWith({ communityId: 'bjq', eventId: 'ev-cyy' });
});

it('signs up with the chosen party size and shows the seat number at once', async () => {
  fetchDetail.mockResolvedValue(eventDetail());
  signup.mockResolvedValue(registration({ seatNo: 12, partySize: 2 }));
  await renderPage();
  fireEvent.click(screen.getByText('本人+1位陪同'));
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '报名' }));
  });
  expect(await screen.findByLabelText('座位号 12')).toBeTruthy();
  // H5 (and a weapp build without a template) never asks for reminders: remind stays false.
  expect(signup).toHaveBeenCalledWith(
    { communityId: 'bjq', eventId: 'ev-cyy', partySize: 2 },
    { requestKey: expect.any(String) },
  );
  expect(screen.queryByRole('button', { name: '报名' })).toBeNull();
});

it('shows a waitlist place when the event is full but keeps a waiting list', async () => {
  fetchDetail.mockResolvedValue(eventDetail({ seatsLeft: 0 }));
  signup.mockResolvedValue(registration({ status: 'waitlisted', seatNo: null, waitlistPosition: 4 }));
  await renderPage();
  expect(screen.getByText('已满·可候补')).toBeTruthy();
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '报名候补' }));
  });
  expect(await screen.findByText('已候补 · 第 4 位')).toBeTruthy();
});

it("shows the server's Chinese message on the page when the event is full", async () => {
  fetchDetail.mockResolvedValue(eventDetail());
  signup.mockRejectedValue(new CloudError('EVENTS.FULL', '名额已满，本活动不设候补'));
  await renderPage();
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '报名' }));
  });
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toContain('名额已满，本活动不设候补');
  expect(Taro.showToast).not.toHaveBeenCalled();
});

it('reuses the same request key when the person taps again after a network failure', async () => {
  fetchDetail.mockResolvedValue(eventDetail());
  signup
    .mockRejectedValueOnce(new CloudError('NETWORK.FAILED', '网络不太好，请稍后再试'))
    .mockResolvedValueOnce(registration({ seatNo: 3 }));
  await renderPage();
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '报名' }));
  });
  expect(await screen.findByText('网络不太好，请稍后再试')).toBeTruthy();
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '报名' }));
  });
  expect(await screen.findByLabelText('座位号 3')).toBeTruthy();
  expect(signup.mock.calls[0][1]?.requestKey).toBe(signup.mock.calls[1][1]?.requestKey);
});

it('shows an existing registration instead of the button', async () => {
  fetchDetail.mockResolvedValue(
    eventDetail({
      myRegistration: registration({ status: 'waitlisted', seatNo: null, waitlistPosition: 2 }),
    }),
  );
  await renderPage();
  expect(screen.getByText('已候补 · 第 2 位')).toBeTruthy();
  expect(screen.queryByRole('button', { name: /^报名(候补)?$/ })).toBeNull();
  // Waitlisted: no QR code yet, but it can still be cancelled.
  expect(screen.queryByRole('button', { name: '查看二维码' })).toBeNull();
  expect(screen.getByRole('button', { name: '取消报名' })).toBeTruthy();
  expect(screen.getByRole('button', { name: '返回首页' })).toBeTruthy();
});
