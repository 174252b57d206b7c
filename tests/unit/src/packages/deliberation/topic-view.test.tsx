/** A topic's photos: background photos under the text (tap: large), option photos in their buttons, via fileUrl. */
import Taro from '@tarojs/taro';
import { fireEvent, render, screen } from '@testing-library/react';
import type { TopicDetail } from '@linli/types';
import { OptionButtons, TopicHeader } from '@/features/deliberation';

// The shared Taro mock has no previewImage; this file gives it one.
const previewImage = jest.fn();
beforeAll(() => {
  Object.assign(Taro, { previewImage });
});

const topic = {
  id: 'topic-1',
  kind: 'deliberation',
  title: '垃圾房门刷什么颜色',
  background: '门锈了',
  scope: [{ estateId: 'est-1', estateName: '锦绣苑', building: '3栋' }],
  opensAt: '2099-10-01T00:00:00Z',
  closesAt: '2099-10-08T00:00:00Z',
  photos: [
    { id: 'f1', url: '/files/f1?sig=a' },
    { id: 'f2', url: null },
  ],
  options: [
    { id: 'o1', label: '墨绿', photo: { id: 'f3', url: '/files/f3?sig=c' } },
    { id: 'o2', label: '米白', photo: null },
  ],
} as unknown as TopicDetail;

it('shows the background photos through the API base and opens them large on a tap', () => {
  const { container } = render(<TopicHeader topic={topic} />);
  expect(screen.getByText(/参与范围：锦绣苑 3栋/)).toBeTruthy();
  const imgs = container.querySelectorAll('img');
  expect(imgs).toHaveLength(1);
  expect(imgs[0].getAttribute('src')).toBe('http://api.test/files/f1?sig=a');
  fireEvent.click(imgs[0]);
  expect(previewImage).toHaveBeenCalledWith({
    urls: ['http://api.test/files/f1?sig=a'],
    current: 'http://api.test/files/f1?sig=a',
  });
});

it('shows an option’s photo in its button', () => {
  const { container } = render(<OptionButtons topic={topic} picked={null} onPick={() => undefined} />);
  const imgs = container.querySelectorAll('img');
  expect(imgs).toHaveLength(1);
  expect(imgs[0].getAttribute('src')).toBe('http://api.test/files/f3?sig=c');
});
