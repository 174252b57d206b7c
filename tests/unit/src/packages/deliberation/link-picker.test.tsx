/** 关联落实: staff pick one of the community's expenses or events from a list; nobody types an id. */
import { act, fireEvent, render, screen } from '@testing-library/react';
import type { TopicDetail } from '@linli/types';
import { LinkPicker, useLinkTargetsStore } from '@/features/deliberation';
import * as api from '@/features/deliberation/services/deliberation.service';
import { eventSummary } from '../../fixtures';
import { expense } from '../fixtures';
import { CloudError } from '@/lib/cloud-error';

jest.mock('@/features/deliberation/services/deliberation.service');
const fetchLinkTargets = api.fetchLinkTargets as jest.MockedFunction<typeof api.fetchLinkTargets>;

const topic = {
  id: 'topic-1',
  links: [
    { kind: 'expense', id: 'x-old', title: '旧的支出', amountFen: 100, status: 'paid', startsAt: null },
  ],
} as unknown as TopicDetail;

beforeEach(() => {
  fetchLinkTargets.mockReset();
  useLinkTargetsStore.getState().reset();
  fetchLinkTargets.mockResolvedValue({
    expenses: [
      expense({ id: 'x-old', purpose: '旧的支出' }),
      expense({ id: 'x-paint', purpose: '垃圾房刷漆', amountFen: 32000 }),
    ],
    events: [{ ...eventSummary({ id: 'ev-1', title: '议事会' }), confirmedCount: 0, waitlistedCount: 0 }],
  });
});

const tap = async (el: HTMLElement) => {
  await act(async () => {
    fireEvent.click(el);
  });
};

it('lists the expenses not yet linked and links the tapped one; events the same way', async () => {
  const onLink = jest.fn(async () => undefined);
  const view = render(<LinkPicker communityId="bjq" topic={topic} busy={false} onLink={onLink} />);
  expect(fetchLinkTargets).not.toHaveBeenCalled();
  await tap(screen.getByRole('radio', { name: '微基金支出' }));
  expect(fetchLinkTargets).toHaveBeenCalledWith('bjq');
  expect(screen.queryByText(/旧的支出/)).toBeNull();
  expect(screen.getByText(/¥320\.00/)).toBeTruthy();
  await tap(screen.getByText('垃圾房刷漆'));
  await tap(screen.getByRole('button', { name: '关联这笔支出' }));
  expect(onLink).toHaveBeenLastCalledWith('expense', 'x-paint');

  await tap(screen.getByRole('radio', { name: '活动' }));
  expect(fetchLinkTargets).toHaveBeenCalledTimes(1);
  await tap(screen.getByText('议事会'));
  await tap(screen.getByRole('button', { name: '关联这个活动' }));
  expect(onLink).toHaveBeenLastCalledWith('event', 'ev-1');

  // Another community: its own lists, never the last one's.
  fetchLinkTargets.mockResolvedValue({
    expenses: [expense({ id: 'x-other', purpose: '别的社区的支出' })],
    events: [],
  });
  await act(async () => {
    view.rerender(<LinkPicker communityId="other" topic={topic} busy={false} onLink={onLink} />);
  });
  expect(fetchLinkTargets).toHaveBeenLastCalledWith('other');
  expect(screen.queryByText('议事会')).toBeNull();
});

it('says when the lists could not be read, does not ask again by itself, and 再试一次 reads them', async () => {
  const answer = await fetchLinkTargets('bjq');
  fetchLinkTargets.mockReset();
  fetchLinkTargets.mockRejectedValueOnce(new CloudError('NETWORK.FAILED', '网络不太好，请稍后再试'));
  fetchLinkTargets.mockResolvedValueOnce(answer);
  render(<LinkPicker communityId="bjq" topic={topic} busy={false} onLink={jest.fn(async () => undefined)} />);
  await tap(screen.getByRole('radio', { name: '微基金支出' }));
  expect(screen.getByRole('alert').textContent).toContain('网络不太好');
  await act(async () => {});
  expect(fetchLinkTargets).toHaveBeenCalledTimes(1);
  await tap(screen.getByRole('button', { name: '再试一次' }));
  expect(fetchLinkTargets).toHaveBeenCalledTimes(2);
  expect(screen.getByText('垃圾房刷漆')).toBeTruthy();
});
