/** 我的报名: upcoming vs past, QR code and cancel buttons; 认领代报名 with the slip's code. */
import Taro from '@tarojs/taro';
import { act, fireEvent, render, screen } from '@testing-library/react';
import MePage from '@/pages/me';
import ClaimPage from '@/pages/claim';
import { CloudError } from '@/lib/cloud-error';
import { errorMessage } from '@linli/types';
import * as service from '@/features/me/services/me.service';
import { registration } from '../fixtures';
import { signedIn } from '../session';

jest.mock('@/features/me/services/me.service');
const regs = service.fetchMyRegistrations as jest.MockedFunction<typeof service.fetchMyRegistrations>;
const points = service.fetchMyPoints as jest.MockedFunction<typeof service.fetchMyPoints>;
const cancelReg = service.cancelRegistration as jest.MockedFunction<typeof service.cancelRegistration>;
const claim = service.claimProxy as jest.MockedFunction<typeof service.claimProxy>;

beforeEach(() => {
  for (const m of [regs, points, cancelReg, claim]) m.mockReset();
  signedIn();
  points.mockResolvedValue({
    balance: 0,
    earnedTotal: 0,
    spentTotal: 0,
    serviceMinutes: 0,
    recent: [],
    moreCursor: null,
  });
});

it('offers the QR code and 取消 for upcoming sign-ups only, and shows past attendance', async () => {
  regs.mockResolvedValue([
    registration({ id: 'a', eventTitle: '重阳敬老宴', seatNo: 12 }),
    registration({
      id: 'b',
      eventTitle: '坝坝电影',
      status: 'waitlisted',
      seatNo: null,
      waitlistPosition: 3,
    }),
    registration({
      id: 'c',
      eventTitle: '去年的茶话会',
      startsAt: '2020-01-01T02:00:00Z',
      attended: true,
      canCancel: false,
    }),
  ]);
  render(<MePage />);
  expect(await screen.findByText('即将参加（2）')).toBeTruthy();
  expect(screen.getAllByRole('button', { name: '查看二维码' })).toHaveLength(1);
  expect(screen.getAllByRole('button', { name: '取消报名' })).toHaveLength(2);
  expect(screen.getByText('已出席')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: '查看二维码' }));
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/ticket/index?registrationId=a' });
});

it('cancels after the person agrees, then shows the list again from the server', async () => {
  regs
    .mockResolvedValueOnce([registration({ id: 'a', eventTitle: '重阳敬老宴' })])
    .mockResolvedValueOnce([
      registration({ id: 'a', eventTitle: '重阳敬老宴', status: 'cancelled', canCancel: false }),
    ]);
  cancelReg.mockResolvedValue(registration({ id: 'a', eventTitle: '重阳敬老宴', status: 'cancelled' }));
  render(<MePage />);
  const cancel = await screen.findByRole('button', { name: '取消报名' });
  await act(async () => {
    fireEvent.click(cancel);
  });
  expect(Taro.showModal).toHaveBeenCalledWith(
    expect.objectContaining({ content: expect.stringContaining('重阳敬老宴') }),
  );
  expect(cancelReg).toHaveBeenCalledWith(
    { communityId: 'bjq', registrationId: 'a' },
    { requestKey: expect.any(String) },
  );
  expect(await screen.findByText('已取消“重阳敬老宴”的报名')).toBeTruthy();
  expect(screen.getByText('已取消')).toBeTruthy();
  expect(screen.queryByRole('button', { name: '取消报名' })).toBeNull();
});

it('has a way to 认领代报名 from 我的', async () => {
  regs.mockResolvedValue([]);
  render(<MePage />);
  fireEvent.click(await screen.findByRole('button', { name: '认领代报名' }));
  expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/claim/index' });
});

it('claims a slip typed with spaces and lower case, and lists the sign-ups now mine', async () => {
  claim.mockResolvedValue([registration({ id: 'p1', eventTitle: '重阳敬老宴', proxyByName: '刘建华' })]);
  render(<ClaimPage />);
  fireEvent.input(screen.getByPlaceholderText('例如 AB12CD34'), { target: { value: 'ab12 cd34' } });
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '认领' }));
  });
  expect(claim).toHaveBeenCalledWith(
    { communityId: 'bjq', code: 'AB12CD34' },
    { requestKey: expect.any(String) },
  );
  expect(await screen.findByText('认领成功')).toBeTruthy();
  expect(screen.getByText('重阳敬老宴')).toBeTruthy();
  expect(screen.getByRole('button', { name: '查看二维码' })).toBeTruthy();
});

it("shows the server's message for a wrong claim code, and refuses a short one before sending", async () => {
  claim.mockRejectedValue(new CloudError('EVENTS.CLAIM_NOT_FOUND', errorMessage('EVENTS.CLAIM_NOT_FOUND')));
  render(<ClaimPage />);
  const input = screen.getByPlaceholderText('例如 AB12CD34');
  fireEvent.input(input, { target: { value: 'AB12' } });
  fireEvent.click(screen.getByRole('button', { name: '认领' }));
  expect(screen.getByRole('alert').textContent).toContain('认领码是 8 位字母和数字');
  expect(claim).not.toHaveBeenCalled();

  fireEvent.input(input, { target: { value: 'ZZZZ9999' } });
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '认领' }));
  });
  expect(screen.getByRole('alert').textContent).toContain('认领码不正确，请核对代报名回执上的 8 位认领码');
});
