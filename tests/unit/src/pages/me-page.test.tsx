import { act, fireEvent, render, screen } from '@testing-library/react';
import MePage from '@/pages/me';
import { CloudError } from '@/lib/cloud-error';
import * as service from '@/features/me/services/me.service';
import { me, membership, registration } from '../fixtures';
import { signedIn } from '../session';

jest.mock('@/features/me/services/me.service');
const regs = service.fetchMyRegistrations as jest.MockedFunction<typeof service.fetchMyRegistrations>;
const points = service.fetchMyPoints as jest.MockedFunction<typeof service.fetchMyPoints>;
const update = service.updateProfile as jest.MockedFunction<typeof service.updateProfile>;

beforeEach(() => {
  for (const m of [regs, points, update]) m.mockReset();
  signedIn(me({ memberships: [membership({ roles: ['resident', 'volunteer'] })] }));
  points.mockResolvedValue({
    moreCursor: null,
    balance: 35,
    earnedTotal: 40,
    spentTotal: 5,
    serviceMinutes: 0,
    recent: [
      {
        id: 'p1',
        amount: 10,
        code: 'attendance',
        memo: '参加重阳宴',
        createdAt: '2025-10-29T06:00:00Z',
        eventTitle: '重阳宴',
        actorName: '王芳',
      },
    ],
  });
});

it('shows who I am, my roles, my points and my sign-ups with their status', async () => {
  regs.mockResolvedValue([
    registration({ id: 'a', eventTitle: '重阳宴·百家宴', seatNo: 12 }),
    registration({
      id: 'b',
      eventTitle: '坝坝电影',
      status: 'waitlisted',
      seatNo: null,
      waitlistPosition: 5,
    }),
    registration({
      id: 'c',
      eventTitle: '去年的茶话会',
      status: 'cancelled',
      seatNo: null,
      startsAt: '2020-01-01T02:00:00Z',
    }),
  ]);
  render(<MePage />);
  expect(await screen.findByText('已报名·座位12')).toBeTruthy();
  expect(screen.getByText('张秀英')).toBeTruthy();
  expect(screen.getByText('手机：138****0001')).toBeTruthy();
  expect(screen.getByText('志愿者')).toBeTruthy();
  expect(screen.getByText('35 分')).toBeTruthy();
  expect(screen.getByText('+10')).toBeTruthy();
  expect(screen.getByText('候补第5位')).toBeTruthy();
  expect(screen.getByText('已取消')).toBeTruthy();
  expect(screen.getByText('已结束（1）')).toBeTruthy();
});

it('saves a new birth year and shows it; a bad phone is refused before sending', async () => {
  regs.mockResolvedValue([]);
  update.mockResolvedValue(me({ birthYear: 1950 }));
  render(<MePage />);
  fireEvent.click(await screen.findByRole('button', { name: '修改我的资料' }));
  fireEvent.input(screen.getByPlaceholderText('例如 1950'), { target: { value: '1950' } });
  fireEvent.input(screen.getByPlaceholderText(/现为 138\*\*\*\*0001/), { target: { value: '12345' } });
  fireEvent.click(screen.getByRole('button', { name: '保存' }));
  expect(screen.getByRole('alert').textContent).toContain('手机号请填写 11 位数字');
  expect(update).not.toHaveBeenCalled();

  fireEvent.input(screen.getByPlaceholderText(/现为 138\*\*\*\*0001/), { target: { value: '' } });
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
  });
  expect(update).toHaveBeenCalledWith(
    { name: '张秀英', birthYear: 1950 },
    { requestKey: expect.any(String) },
  );
  expect(await screen.findByText('出生年份：1950 年')).toBeTruthy();
});

it("shows the server's reason when saving fails", async () => {
  regs.mockResolvedValue([]);
  update.mockRejectedValue(new CloudError('INPUT.INVALID', '填写的内容有误，请检查后再提交'));
  render(<MePage />);
  fireEvent.click(await screen.findByRole('button', { name: '修改我的资料' }));
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '保存' }));
  });
  expect(screen.getByRole('alert').textContent).toContain('填写的内容有误');
});
