/** 代报名 by a grid worker: form checks in words, the result, the slip with the claim code. */
import { act, fireEvent, render, screen } from '@testing-library/react';
import ProxyPage from '@/packages/grid/pages/proxy';
import { CloudError } from '@/lib/cloud-error';
import { errorMessage } from '@linli/types';
import * as service from '@/features/grid/services/grid.service';
import { eventDetail, eventSummary, me, membership, registration } from '../fixtures';
import { signedIn } from '../session';

jest.mock('@/features/grid/services/grid.service');
const events = service.fetchOpenEvents as jest.MockedFunction<typeof service.fetchOpenEvents>;
const detail = service.fetchEventDetail as jest.MockedFunction<typeof service.fetchEventDetail>;
const estates = service.fetchEstates as jest.MockedFunction<typeof service.fetchEstates>;
const proxySignup = service.proxySignup as jest.MockedFunction<typeof service.proxySignup>;

beforeEach(() => {
  for (const m of [events, detail, estates, proxySignup]) m.mockReset();
  signedIn(me({ name: '刘建华', memberships: [membership({ roles: ['resident', 'grid_worker'] })] }));
  events.mockResolvedValue([eventSummary({ title: '重阳敬老宴' })]);
  detail.mockResolvedValue(eventDetail({ title: '重阳敬老宴', maxPartySize: 2, minAge: 60 }));
  estates.mockResolvedValue([
    { id: 'bijiyuan', name: '碧鸡苑', buildings: ['1栋', '5栋'] },
    { id: 'qiaopan', name: '桥畔花园', buildings: ['1栋'] },
  ]);
});

const type = (placeholder: string, value: string) =>
  fireEvent.input(screen.getByPlaceholderText(placeholder), { target: { value } });

async function fillForm() {
  render(<ProxyPage />);
  const event = await screen.findByText('重阳敬老宴');
  await act(async () => {
    fireEvent.click(event);
  });
  type('例如 王桂兰', '王桂兰');
  fireEvent.click(screen.getByText('碧鸡苑'));
  fireEvent.click(screen.getByText('5栋'));
  type('例如 1单元', '1');
}

it('says what is missing before anything is sent', async () => {
  render(<ProxyPage />);
  fireEvent.click(await screen.findByRole('button', { name: '代报名' }));
  expect(screen.getByRole('alert').textContent).toContain('请先选择活动');
  await act(async () => {
    fireEvent.click(screen.getByText('重阳敬老宴'));
  });
  expect(screen.getByText(/本活动限 60 周岁以上/)).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: '代报名' }));
  expect(screen.getByRole('alert').textContent).toContain('请填写老人的姓名');
  type('例如 王桂兰', '王桂兰');
  fireEvent.click(screen.getByText('碧鸡苑'));
  fireEvent.click(screen.getByRole('button', { name: '代报名' }));
  expect(screen.getByRole('alert').textContent).toContain('请选择楼栋');
  fireEvent.click(screen.getByText('5栋'));
  type('例如 1单元', '1');
  type('例如 1948', '48');
  fireEvent.click(screen.getByRole('button', { name: '代报名' }));
  expect(screen.getByRole('alert').textContent).toContain('出生年份请填写 4 位数字');
  type('例如 1948', '1948');
  type('没有可不填', '1380000');
  fireEvent.click(screen.getByRole('button', { name: '代报名' }));
  expect(screen.getByRole('alert').textContent).toContain('手机号请填写 11 位数字');
  expect(proxySignup).not.toHaveBeenCalled();
});

it('signs the elder up and shows the seat, the slip and the claim code', async () => {
  proxySignup.mockResolvedValue({
    registration: registration({
      id: 'p1',
      eventTitle: '重阳敬老宴',
      seatNo: 7,
      seatNos: [7, 8],
      partySize: 2,
      proxyByName: '刘建华',
    }),
    ticket: {
      registrationId: 'p1',
      eventTitle: '重阳敬老宴',
      startsAt: '2099-10-29T03:30:00Z',
      place: '党群服务中心',
      holderName: '王桂兰',
      seatNos: [7, 8],
      partySize: 2,
      token: 'L1.bjq.p1.abcdefghijklmnopqrstuv',
      qrDataUrl: 'data:image/svg+xml;base64,AAAA',
      proxyByName: '刘建华',
      claimCode: 'AB12CD34',
    },
    claimCode: 'AB12CD34',
  });
  await fillForm();
  type('例如 1948', '1948');
  fireEvent.click(screen.getByText('本人+1位陪同'));
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '代报名' }));
  });
  expect(proxySignup).toHaveBeenCalledWith(
    {
      communityId: 'bjq',
      eventId: 'ev-cyy',
      name: '王桂兰',
      estateId: 'bijiyuan',
      building: '5栋',
      unit: '1单元',
      birthYear: 1948,
      partySize: 2,
    },
    { requestKey: expect.any(String) },
  );
  expect(await screen.findByText('报名成功 · 座位号 7')).toBeTruthy();
  expect(screen.getByText('王桂兰')).toBeTruthy();
  expect(screen.getByText('7、8 号')).toBeTruthy();
  expect(screen.getByText('AB12 CD34')).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: '再为一位老人报名' }));
  expect((screen.getByPlaceholderText('例如 王桂兰') as HTMLInputElement).value).toBe('');
});

it("shows the server's Chinese message when the elder is too young", async () => {
  proxySignup.mockRejectedValue(new CloudError('EVENTS.TOO_YOUNG', errorMessage('EVENTS.TOO_YOUNG')));
  await fillForm();
  type('例如 1948', '1990');
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '代报名' }));
  });
  expect(screen.getByRole('alert').textContent).toContain('本活动只面向达到年龄要求的居民');
});

it('tells a resident without the role that 代报名 is for grid workers', async () => {
  signedIn();
  render(<ProxyPage />);
  expect(await screen.findByText('没有代报名权限')).toBeTruthy();
  expect(screen.queryByRole('button', { name: '代报名' })).toBeNull();
});
