/**
 * Staff manage an event. These go through the real transport (lib/cloud.ts) with Taro.request mocked,
 * so an error reply's code reaches the page as its Chinese message.
 */
import Taro from '@tarojs/taro';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { setRouterParams } from '../../../jest/mocks/taro';
import ManagePage from '@/packages/staff/pages/manage';
import { cloudSettings } from '@/lib/cloud';
import { ERRORS } from '@linli/types';
import { eventDetail, me, membership } from '../fixtures';
import { signedIn } from '../session';

const request = Taro.request as unknown as jest.Mock;
type Sent = { url: string; data: { action: string; data: Record<string, unknown> } };
const ESTATES = [{ id: 'bijiyuan', name: '碧鸡苑', buildings: ['1栋'] }];

/** Answers each action from a table; an Error value becomes an error reply with that code. */
function serve(table: Record<string, unknown>) {
  request.mockImplementation((opts: Sent) => {
    const v = table[opts.data.action];
    const data =
      typeof v === 'string' && v in ERRORS
        ? { ok: false, error: { code: v, message: ERRORS[v as keyof typeof ERRORS].message } }
        : { ok: true, data: v };
    return Promise.resolve({ statusCode: 200, data, header: {}, errMsg: 'request:ok' });
  });
}
const sent = (action: string) =>
  request.mock.calls.map((c) => (c[0] as Sent).data).filter((d) => d.action === action);

beforeAll(() => {
  cloudSettings.retryDelaysMs = [0, 0];
});

beforeEach(() => {
  signedIn(me({ name: '王芳', memberships: [membership({ roles: ['resident', 'staff'] })] }));
});

it('publishes a draft and shows the new state', async () => {
  setRouterParams({ eventId: 'ev-cyy' });
  serve({
    estates: ESTATES,
    detail: eventDetail({ status: 'draft' }),
    publish: eventDetail({ status: 'published' }),
  });
  render(<ManagePage />);
  expect(await screen.findByText('状态：草稿（居民看不到）')).toBeTruthy();
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: '发布活动' }));
  });
  expect(screen.getByText('状态：已发布')).toBeTruthy();
  expect(screen.getByText('已发布，居民现在可以报名')).toBeTruthy();
});

it('confirms attendance and shows who came and the points awarded', async () => {
  setRouterParams({ eventId: 'ev-cyy' });
  serve({
    estates: ESTATES,
    detail: eventDetail(),
    confirmAttendance: {
      eventId: 'ev-cyy',
      attended: 410,
      absent: 12,
      volunteerShifts: 8,
      pointsAwarded: 4100,
      alreadyConfirmed: false,
    },
  });
  render(<ManagePage />);
  const button = await screen.findByRole('button', { name: '确认出席（发放积分）' });
  await act(async () => {
    fireEvent.click(button);
  });
  expect(screen.getByText(/出席 410 人，缺席 12 人，志愿服务 8 人次，发放积分 4100 分/)).toBeTruthy();
});

it("shows the server's Chinese message for an error code (attendance before the event)", async () => {
  setRouterParams({ eventId: 'ev-cyy' });
  serve({ estates: ESTATES, detail: eventDetail(), confirmAttendance: 'EVENTS.NOT_STARTED' });
  render(<ManagePage />);
  const button = await screen.findByRole('button', { name: '确认出席（发放积分）' });
  await act(async () => {
    fireEvent.click(button);
  });
  expect(screen.getByRole('alert').textContent).toContain('活动还没有开始，不能确认出席');
});

it('checks a new event in words, then creates it as a draft with China-time fields in UTC', async () => {
  setRouterParams({});
  serve({ estates: ESTATES, create: eventDetail({ id: 'ev-new', status: 'draft' }) });
  render(<ManagePage />);
  const save = await screen.findByRole('button', { name: '保存为草稿' });
  fireEvent.click(save);
  expect(screen.getByRole('alert').textContent).toContain('请填写活动名称');

  const field = (label: string, value: string) =>
    fireEvent.input(screen.getByText(label).closest('.text-field')!.querySelector('input')!, {
      target: { value },
    });
  /** Staff pick the date, then the time, each with its own picker. */
  const when = (label: string, value: string) => {
    const [date, time] = value.split(' ');
    fireEvent.change(screen.getByLabelText(`${label}日期`), { target: { value: date } });
    fireEvent.change(screen.getByLabelText(`${label}时刻`), { target: { value: time } });
  };
  field('活动名称', '社区茶话会');
  field('地点', '党群服务中心');
  when('开始时间', '2099-10-29 11:30');
  when('结束时间', '2099-10-29 10:00');
  fireEvent.click(save);
  expect(screen.getByRole('alert').textContent).toContain('结束时间要晚于开始时间');

  when('结束时间', '2099-10-29 14:00');
  when('报名截止', '2099-10-28 12:00');
  when('取消截止', '2099-10-28 12:00');
  field('名额（座位数）', 'abc');
  fireEvent.click(save);
  expect(screen.getByRole('alert').textContent).toContain('名额请填写 1–100000 之间的整数');
  field('名额（座位数）', '80');
  fireEvent.click(screen.getByText('碧鸡苑'));
  await act(async () => {
    fireEvent.click(save);
  });
  const [created] = sent('create');
  expect(created.data).toMatchObject({
    title: '社区茶话会',
    place: '党群服务中心',
    startsAt: '2099-10-29T03:30:00.000Z',
    endsAt: '2099-10-29T06:00:00.000Z',
    estateIds: ['bijiyuan'],
    capacity: 80,
    minAge: null,
    coverUrl: null,
  });
  expect(Taro.redirectTo).toHaveBeenCalledWith({ url: '/packages/staff/pages/manage/index?eventId=ev-new' });
});
