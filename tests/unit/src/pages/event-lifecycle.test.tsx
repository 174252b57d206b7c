/** After sign-up: the QR code button, cancelling (with a plain-words question), cancelled events, volunteering. */
import Taro from '@tarojs/taro';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { setRouterParams } from '../../../jest/mocks/taro';
import EventPage from '@/pages/event';
import { CloudError } from '@/lib/cloud-error';
import { errorMessage } from '@linli/types';
import * as service from '@/features/events/services/events.service';
import { eventDetail, me, membership, registration } from '../fixtures';
import { signedIn } from '../session';

jest.mock('@/features/events/services/events.service');
const fetchDetail = service.fetchEventDetail as jest.MockedFunction<typeof service.fetchEventDetail>;
const cancelReg = service.cancelRegistration as jest.MockedFunction<typeof service.cancelRegistration>;
const volunteerSignup = service.volunteerSignup as jest.MockedFunction<typeof service.volunteerSignup>;
const showModal = Taro.showModal as jest.Mock;

beforeEach(() => {
  for (const m of [fetchDetail, cancelReg, volunteerSignup]) m.mockReset();
  signedIn();
  setRouterParams({ id: 'ev-cyy' });
});

async function renderPage() {
  render(<EventPage />);
  return screen.findByText('重阳宴·百家宴');
}

it('opens the ticket page from 查看二维码 for a confirmed sign-up', async () => {
  fetchDetail.mockResolvedValue(eventDetail({ myRegistration: registration({ id: 'reg-9', seatNo: 12 }) }));
  await renderPage();
  expect(screen.getByLabelText('座位号 12')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: '查看二维码' }));
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/ticket/index?registrationId=reg-9' });
});

it('asks in plain words before cancelling, cancels, and shows the refreshed event', async () => {
  fetchDetail
    .mockResolvedValueOnce(eventDetail({ myRegistration: registration({ id: 'reg-9' }) }))
    .mockResolvedValueOnce(eventDetail({ myRegistration: null, seatsLeft: 121 }));
  cancelReg.mockResolvedValue(registration({ id: 'reg-9', status: 'cancelled' }));
  await renderPage();
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '取消报名' }));
  });
  expect(showModal).toHaveBeenCalledWith(
    expect.objectContaining({ content: expect.stringContaining('取消后座位会让给候补的邻居') }),
  );
  expect(cancelReg).toHaveBeenCalledWith(
    { communityId: 'bjq', registrationId: 'reg-9' },
    { requestKey: expect.any(String) },
  );
  expect(await screen.findByText('已取消报名')).toBeTruthy();
  expect(screen.getByText('剩余 121 席')).toBeTruthy();
  expect(screen.getByRole('button', { name: '报名' })).toBeTruthy();
});

it('does nothing when the person answers 再想想', async () => {
  fetchDetail.mockResolvedValue(eventDetail({ myRegistration: registration() }));
  showModal.mockResolvedValueOnce({ confirm: false, cancel: true });
  await renderPage();
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '取消报名' }));
  });
  expect(cancelReg).not.toHaveBeenCalled();
  expect(screen.getByLabelText('座位号 12')).toBeTruthy();
});

it("shows the server's Chinese message when the cancel deadline has passed", async () => {
  fetchDetail.mockResolvedValue(eventDetail({ myRegistration: registration() }));
  cancelReg.mockRejectedValue(
    new CloudError('EVENTS.CANCEL_DEADLINE_PASSED', errorMessage('EVENTS.CANCEL_DEADLINE_PASSED')),
  );
  await renderPage();
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '取消报名' }));
  });
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toContain('已过取消截止时间，如需取消请联系社区工作人员');
});

it('explains why a sign-up can no longer be cancelled instead of offering the button', async () => {
  fetchDetail.mockResolvedValue(eventDetail({ myRegistration: registration({ canCancel: false }) }));
  await renderPage();
  expect(screen.queryByRole('button', { name: '取消报名' })).toBeNull();
  expect(screen.getByText(/取消截止时间.*已过，如需取消请联系社区工作人员/)).toBeTruthy();
});

it('shows a cancelled event with its reason and no sign-up button', async () => {
  fetchDetail.mockResolvedValue(eventDetail({ status: 'cancelled', cancelReason: '因天气原因延期' }));
  await renderPage();
  expect(screen.getByText('活动已取消')).toBeTruthy();
  expect(screen.getByText(/取消原因：因天气原因延期/)).toBeTruthy();
  expect(screen.queryByRole('button', { name: '报名' })).toBeNull();
});

it('lets a volunteer take a role and shows the shift', async () => {
  signedIn(me({ memberships: [membership({ roles: ['resident', 'volunteer'] })] }));
  const roles = [{ id: 'r1', name: '入场引导', quota: 5, taken: 2, pointsPerHour: 10 }];
  fetchDetail.mockResolvedValueOnce(eventDetail({ volunteerRoles: roles })).mockResolvedValueOnce(
    eventDetail({
      volunteerRoles: [{ ...roles[0], taken: 3 }],
      myShift: {
        id: 's1',
        eventId: 'ev-cyy',
        eventTitle: '重阳宴·百家宴',
        roleId: 'r1',
        roleName: '入场引导',
        userName: '张秀英',
        status: 'signed_up',
        checkedInAt: null,
        checkedOutAt: null,
        minutes: null,
        confirmedMinutes: null,
        confirmedAt: null,
      },
    }),
  );
  volunteerSignup.mockResolvedValue({} as never);
  await renderPage();
  expect(screen.getByText('已报 2 / 5 人 · 每小时 10 积分')).toBeTruthy();
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '报名当志愿者' }));
  });
  expect(volunteerSignup).toHaveBeenCalledWith(
    { communityId: 'bjq', eventId: 'ev-cyy', roleId: 'r1' },
    { requestKey: expect.any(String) },
  );
  expect(await screen.findByText('您的岗位：入场引导')).toBeTruthy();
  expect(screen.getByText('已报 3 / 5 人 · 每小时 10 积分')).toBeTruthy();
});

it('does not offer volunteer roles to a resident who is not a volunteer', async () => {
  fetchDetail.mockResolvedValue(
    eventDetail({ volunteerRoles: [{ id: 'r1', name: '入场引导', quota: 5, taken: 2, pointsPerHour: 10 }] }),
  );
  await renderPage();
  expect(screen.getByText('入场引导')).toBeTruthy();
  expect(screen.queryByRole('button', { name: '报名当志愿者' })).toBeNull();
});
