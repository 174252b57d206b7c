/** 关联落实: staff pick one of the community's expenses or events from a list; nobody types an id. */
import { act, fireEvent, render, screen } from '@testing-library/react';
import type { TopicDetail } from '@linli/types';
import { LinkPicker, useLinkTargetsStore } from '@/features/deliberation';
import * as api from '@/features/deliberation/services/deliberation.service';
import { eventSummary } from '../../fixtures';
import { expense } from '../fixtures';

jest.mock('@/features/deliberation/services/deliberation.service');
const fetchLinkTargets = api.fetchLinkTargets as jest.MockedFunction<typeof api.fetchLinkTargets>;

const topic = {
  id: 'topic-1',
  links: [{ kind: 'expense', id: 'x-old', title: '旧的支出', amountFen: 100, status: 'paid', startsAt: null }],
} as unknown as TopicDetail;

beforeEach(() => {
  fetchLinkTargets.mockReset();
  useLinkTargetsStore.getState().reset();
  fetchLinkTargets.mockResolvedValue({
    expenses: [expense({ id: 'x-old', purpose: '旧的支出' }), expense({ id: 'x-paint', purpose: '垃圾房刷漆', amountFen: 32000 })],
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
  render(<LinkPicker communityId="bjq" topic={topic} busy={false} onLink={onLink} />);
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
});
