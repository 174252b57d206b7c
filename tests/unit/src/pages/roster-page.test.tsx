/** Staff at the door: check in by the code under the QR, or by ticking the roster. */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { setRouterParams } from '../../../jest/mocks/taro';
import RosterPage from '@/packages/staff/pages/roster';
import { CloudError } from '@/lib/cloud-error';
import { errorMessage, type RosterEntry } from '@linli/types';
import * as staff from '@/features/staff/services/staff.service';
import * as checkin from '@/features/staff/services/checkin.service';
import { me, membership } from '../fixtures';
import { signedIn } from '../session';

jest.mock('@/features/staff/services/staff.service');
jest.mock('@/features/staff/services/checkin.service');
const roster = staff.fetchRoster as jest.MockedFunction<typeof staff.fetchRoster>;
const byCode = checkin.checkInByCode as jest.MockedFunction<typeof checkin.checkInByCode>;
const byRoster = checkin.checkInByRoster as jest.MockedFunction<typeof checkin.checkInByRoster>;

function entry(over: Partial<RosterEntry> = {}): RosterEntry {
  return {
    registrationId: 'reg-1',
    checkedInAt: null,
    seatNos: [12],
    name: '张秀英',
    building: '3栋',
    unit: '2单元',
    phoneMasked: '138****0001',
    partySize: 1,
    status: 'confirmed',
    seatNo: 12,
    waitlistPosition: null,
    proxyByName: null,
    estateName: '碧鸡苑',
    attended: null,
    ...over,
  };
}

const TOKEN = 'L1.bjq.reg-1.abcdefghijklmnopqrstuv';

beforeEach(() => {
  for (const m of [roster, byCode, byRoster]) m.mockReset();
  signedIn(me({ name: '王芳', memberships: [membership({ roles: ['resident', 'staff'] })] }));
  setRouterParams({ eventId: 'ev-cyy', title: '重阳敬老宴' });
  roster.mockResolvedValue([
    entry(),
    entry({ registrationId: 'reg-2', name: '王桂兰', seatNos: [13], seatNo: 13, proxyByName: '刘建华' }),
  ]);
});

it('checks in by the typed code and shows the name and seat', async () => {
  byCode.mockResolvedValue({
    registrationId: 'reg-1',
    name: '张秀英',
    seatNos: [12],
    partySize: 1,
    alreadyCheckedIn: false,
    checkedInAt: '2099-10-29T03:00:00Z',
  });
  render(<RosterPage />);
  expect(await screen.findByText('由 刘建华 代报名', { exact: false })).toBeTruthy();
  fireEvent.input(screen.getByPlaceholderText('L1.…'), { target: { value: ` ${TOKEN} ` } });
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '核验签到' }));
  });
  // At this event's door: the page sends the event it is the roster of.
  expect(byCode).toHaveBeenCalledWith(
    { communityId: 'bjq', eventId: 'ev-cyy', token: TOKEN },
    { requestKey: expect.any(String) },
  );
  expect(screen.getByText('签到成功 · 张秀英 · 座位 12')).toBeTruthy();
  expect(screen.getByText(/✓ 已签到 11:00/)).toBeTruthy();
  expect(screen.queryByRole('button', { name: '签到 张秀英' })).toBeNull();
  expect(screen.getByText('共 2 条 · 已签到 1 条')).toBeTruthy();
});

it('says so when the person was already checked in', async () => {
  byCode.mockResolvedValue({
    registrationId: 'reg-1',
    name: '张秀英',
    seatNos: [12, 13],
    partySize: 2,
    alreadyCheckedIn: true,
    checkedInAt: '2099-10-29T03:00:00Z',
  });
  render(<RosterPage />);
  await screen.findByText('张秀英');
  fireEvent.input(screen.getByPlaceholderText('L1.…'), { target: { value: TOKEN } });
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '核验签到' }));
  });
  expect(screen.getByText('已签到过 · 张秀英 · 座位 12、13 · 共 2 人')).toBeTruthy();
});

it("shows the server's Chinese message for a forged code", async () => {
  byCode.mockRejectedValue(new CloudError('EVENTS.TICKET_INVALID', errorMessage('EVENTS.TICKET_INVALID')));
  render(<RosterPage />);
  await screen.findByText('张秀英');
  fireEvent.input(screen.getByPlaceholderText('L1.…'), { target: { value: TOKEN.replace('abc', 'xyz') } });
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '核验签到' }));
  });
  expect(screen.getByRole('alert').textContent).toContain('二维码无效或已被改动');
});

it('names the other event when a ticket is for another event', async () => {
  byCode.mockRejectedValue(
    new CloudError(
      'EVENTS.TICKET_OTHER_EVENT',
      `${errorMessage('EVENTS.TICKET_OTHER_EVENT')}（这是「社区义诊」的票）`,
    ),
  );
  render(<RosterPage />);
  await screen.findByText('张秀英');
  fireEvent.input(screen.getByPlaceholderText('L1.…'), { target: { value: TOKEN } });
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '核验签到' }));
  });
  expect(byCode).toHaveBeenCalledWith(
    { communityId: 'bjq', eventId: 'ev-cyy', token: TOKEN },
    { requestKey: expect.any(String) },
  );
  expect(screen.getByRole('alert').textContent).toContain(
    '这张票不是本场活动的，不能在这里签到（这是「社区义诊」的票）',
  );
  expect(screen.queryByText(/签到成功/)).toBeNull();
});

it('checks in by ticking a name on the roster', async () => {
  byRoster.mockResolvedValue({
    registrationId: 'reg-2',
    name: '王桂兰',
    seatNos: [13],
    partySize: 1,
    alreadyCheckedIn: false,
    checkedInAt: '2099-10-29T03:05:00Z',
  });
  render(<RosterPage />);
  const tick = await screen.findByRole('button', { name: '签到 王桂兰' });
  await act(async () => {
    fireEvent.click(tick);
  });
  expect(byRoster).toHaveBeenCalledWith(
    { communityId: 'bjq', registrationId: 'reg-2' },
    { requestKey: expect.any(String) },
  );
  expect(screen.getByText('签到成功 · 王桂兰 · 座位 13')).toBeTruthy();
  expect(screen.getByText(/✓ 已签到 11:05/)).toBeTruthy();
});

it('searches by name or building', async () => {
  render(<RosterPage />);
  await screen.findByText('张秀英');
  roster.mockResolvedValueOnce([entry()]);
  fireEvent.input(screen.getByPlaceholderText('按姓名或楼栋搜索'), { target: { value: '张' } });
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '搜索' }));
  });
  expect(roster).toHaveBeenLastCalledWith({ communityId: 'bjq', eventId: 'ev-cyy', query: '张' });
  expect(screen.queryByText('王桂兰')).toBeNull();
});
