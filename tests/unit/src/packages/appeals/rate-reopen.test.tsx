/** After the ending: the timeline with the ending's photos, 1–5 stars and words, or one reopen with a reason. */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { setRouterParams } from '../../../../jest/mocks/taro';
import AppealDetailPage from '@/packages/appeals/pages/detail';
import { useAppealStore } from '@/features/appeals';
import { useSessionStore } from '@/features/session';
import { CloudError } from '@/lib/cloud-error';
import * as service from '@/features/appeals/services/appeals.service';
import { signedIn } from '../../session';
import { appealDetail } from './appeal-fixtures';

jest.mock('@tarojs/components', () => ({
  ...jest.requireActual('@tarojs/components'),
  Textarea: jest.requireActual('./appeal-fixtures').Textarea,
}));
jest.mock('@/features/appeals/services/appeals.service');
const fetchDetail = service.fetchDetail as jest.MockedFunction<typeof service.fetchDetail>;
const rate = service.rateAppeal as jest.MockedFunction<typeof service.rateAppeal>;
const reopen = service.reopenAppeal as jest.MockedFunction<typeof service.reopenAppeal>;

const closed = appealDetail({
  status: 'closed',
  ending: 'resolved',
  closedAt: '2099-10-03T08:00:00Z',
  responsibleName: '刘建华',
  timeline: [
    {
      id: 'e1',
      kind: 'submitted',
      actorName: '张秀英',
      at: '2099-10-02T02:00:00Z',
      words: '楼道灯坏了',
      photos: [],
      meta: {},
    },
    {
      id: 'e2',
      kind: 'accepted',
      actorName: '刘建华',
      at: '2099-10-02T03:00:00Z',
      words: null,
      photos: [],
      meta: {},
    },
    {
      id: 'e3',
      kind: 'closed',
      actorName: '刘建华',
      at: '2099-10-03T08:00:00Z',
      words: '已换新灯泡',
      photos: [{ id: 'f9', mime: 'image/jpeg', url: 'http://api.test/files/f9' }],
      meta: { ending: 'resolved' },
    },
  ],
  can: {
    accept: false,
    assign: false,
    progress: false,
    close: false,
    rate: true,
    reopen: true,
    sort: false,
    link: false,
  },
});

beforeEach(() => {
  useAppealStore.getState().reset();
  useSessionStore.getState().reset();
  for (const m of [fetchDetail, rate, reopen]) m.mockReset();
  signedIn();
  setRouterParams({ id: 'ap-1' });
  fetchDetail.mockResolvedValue(closed);
});

/** NutUI marks a disabled button by attribute or class. */
const isDisabled = (b: HTMLElement) => b.hasAttribute('disabled') || b.className.includes('disabled');

const tap = async (el: HTMLElement) => {
  await act(async () => {
    fireEvent.click(el);
  });
};

it('shows every step with who did it and the ending’s photo', async () => {
  render(<AppealDetailPage />);
  expect(await screen.findByText('办结 · 已解决')).toBeTruthy();
  expect(screen.getByText('受理')).toBeTruthy();
  expect(screen.getByText('已换新灯泡')).toBeTruthy();
  expect(screen.getAllByText(/刘建华 · /).length).toBe(2);
  expect(screen.getAllByLabelText('照片 1').length).toBe(2);
});

it('rates with stars and words; the button says what is missing until a star is tapped', async () => {
  rate.mockResolvedValue({
    ...closed,
    rating: { stars: 4, words: '很快', at: '2099-10-04T00:00:00Z' },
    can: { ...closed.can, rate: false },
  });
  render(<AppealDetailPage />);
  const send = await screen.findByRole('button', { name: '先点星星打分' });
  expect(isDisabled(send)).toBe(true);
  await tap(screen.getByRole('radio', { name: '4 星' }));
  fireEvent.change(screen.getByPlaceholderText('想说的话（可以不写）'), { target: { value: '很快' } });
  await tap(screen.getByRole('button', { name: '提交评价（4 星）' }));
  expect(rate).toHaveBeenCalledWith(
    { communityId: 'bjq', appealId: 'ap-1', stars: 4, words: '很快' },
    expect.any(String),
  );
  expect(await screen.findByText('谢谢您的评价')).toBeTruthy();
  expect(screen.queryByRole('button', { name: /提交评价/ })).toBeNull();
});

it('reopens once with a reason, and shows the server’s words when the 7 days have passed', async () => {
  reopen.mockRejectedValueOnce(
    new CloudError('APPEALS.REOPEN_EXPIRED', '办结已超过 7 天，不能再重新提出，可以提一条新的诉求'),
  );
  render(<AppealDetailPage />);
  await tap(await screen.findByRole('button', { name: '不满意，重新办理' }));
  expect(isDisabled(screen.getByRole('button', { name: '请社区重新办理' }))).toBe(true);
  fireEvent.change(screen.getByPlaceholderText(/灯修好两天/), { target: { value: '又不亮了' } });
  await tap(screen.getByRole('button', { name: '请社区重新办理' }));
  expect(reopen).toHaveBeenCalledWith(
    { communityId: 'bjq', appealId: 'ap-1', words: '又不亮了' },
    expect.any(String),
  );
  expect(screen.getByRole('alert').textContent).toContain('办结已超过 7 天');
});
