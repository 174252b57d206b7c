/** 记录决议 with photos: the file ids go out with the words; a retry after a lost answer keeps its request key. */
import type { TopicDetail } from '@linli/types';
import { useTopicStore } from '@/features/deliberation';
import * as api from '@/features/deliberation/services/deliberation.service';
import { CloudError } from '@/lib/cloud-error';

jest.mock('@/features/deliberation/services/deliberation.service');
const resolveTopic = api.resolveTopic as jest.MockedFunction<typeof api.resolveTopic>;
const ref = { communityId: 'bjq', topicId: 'topic-1' };

beforeEach(() => {
  resolveTopic.mockReset();
  useTopicStore.getState().reset();
});

it('sends the words and the photo ids, and a retry reuses the key', async () => {
  resolveTopic.mockRejectedValueOnce(new CloudError('NETWORK.FAILED', '网络不太好，请稍后再试'));
  resolveTopic.mockResolvedValueOnce({ id: 'topic-1' } as TopicDetail);
  await useTopicStore.getState().resolve(ref, '刷墨绿色', ['f-1', 'f-2']);
  expect(useTopicStore.getState().actError).toContain('网络不太好');
  await useTopicStore.getState().resolve(ref, '刷墨绿色', ['f-1', 'f-2']);
  const [first, second] = resolveTopic.mock.calls;
  expect(first.slice(0, 3)).toEqual([ref, '刷墨绿色', ['f-1', 'f-2']]);
  expect(second[3].requestKey).toBe(first[3].requestKey);
  expect(useTopicStore.getState().done).toBe('决议已记录');
  await useTopicStore.getState().resolve(ref, '刷墨绿色', []);
  expect(resolveTopic.mock.calls[2][3].requestKey).not.toBe(first[3].requestKey);
});
