import Taro from '@tarojs/taro';
import { useEffect } from 'react';
import { Text, View } from '@tarojs/components';
import { ROUTES } from '@/lib/routes';
import { topicToVote, useTopicsStore } from '../stores/topics-store';
import './vote-entry.css';

/**
 * 首页: when a 议题 in the resident's scope waits for their household's vote, one big card straight to it (tap 1;
 * the option is tap 2 and 确认投票 tap 3). Nothing shows otherwise, apart from a small link to all topics.
 */
export function VoteEntry({ communityId }: { communityId: string }) {
  const { topics, load } = useTopicsStore();
  useEffect(() => {
    void load(communityId);
  }, [communityId, load]);
  const open = topicToVote(topics);
  if (!open) {
    return topics.length ? (
      <View className="vote-entry__more" role="button" onClick={() => void Taro.navigateTo({ url: ROUTES.topics })}>
        议事投票与评选
      </View>
    ) : null;
  }
  return (
    <View
      className="vote-entry"
      role="button"
      onClick={() => void Taro.navigateTo({ url: ROUTES.topic(open.id) })}
    >
      <Text className="vote-entry__kicker">{open.kind === 'deliberation' ? '议事投票 · 每户一票' : '评选投票'}</Text>
      <Text className="vote-entry__title">{open.title}</Text>
      <Text className="vote-entry__go">去投票 ›</Text>
    </View>
  );
}
