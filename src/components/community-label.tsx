import { Text, View } from '@tarojs/components';
import { useSessionStore } from '@/features/session';
import './community-label.css';

/**
 * Which community this page is in, at the top of every page (the frame renders it): a person in more
 * than one community must never act in the wrong one. Nothing before the session knows the community.
 */
export function CommunityLabel() {
  const name = useSessionStore(
    (s) => s.me?.memberships.find((m) => m.communityId === s.communityId)?.communityName ?? null,
  );
  if (!name) return null;
  return (
    <View className="community-label" aria-label={`当前社区：${name}`}>
      <Text className="community-label__text">{name}</Text>
    </View>
  );
}
