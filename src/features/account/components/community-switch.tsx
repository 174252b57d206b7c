import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useSessionStore } from '@/features/session';
import { Button } from '@/components/ui';
import { ROUTES } from '@/lib/routes';

/** For a person in more than one community: which one the app is showing, and a tap to show another. */
export function CommunitySwitch() {
  const { me, communityId, selectCommunity } = useSessionStore();
  const list = me?.memberships ?? [];
  if (list.length < 2) return null;
  return (
    <View className="card">
      <Text className="section-title">切换社区</Text>
      {list.map((m) => (
        <View className="row-gap" key={m.communityId}>
          <Button
            size="large"
            block
            type="primary"
            fill={m.communityId === communityId ? 'solid' : 'outline'}
            aria-pressed={m.communityId === communityId}
            onClick={() => {
              if (m.communityId === communityId) return;
              selectCommunity(m.communityId);
              void Taro.switchTab({ url: ROUTES.home });
            }}
          >
            {m.communityId === communityId ? `✓ ${m.communityName}（当前）` : m.communityName}
          </Button>
        </View>
      ))}
    </View>
  );
}
