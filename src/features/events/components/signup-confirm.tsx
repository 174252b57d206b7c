import type { EventDetail } from '@linli/types';
import { Text, View } from '@tarojs/components';
import { formatTimeRange } from '@/lib/format';
import './event-detail.css';

/** The confirm step of the quick path: the three facts a person checks before saying yes. */
export function SignupConfirm({ detail }: { detail: EventDetail }) {
  return (
    <View className="card">
      <Text className="confirm__title">{detail.title}</Text>
      <Text className="confirm__line">时间：{formatTimeRange(detail.startsAt, detail.endsAt)}</Text>
      <Text className="confirm__line">地点：{detail.place}</Text>
    </View>
  );
}
