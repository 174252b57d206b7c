import type { PointsSummary } from '@linli/types';
import { Text, View } from '@tarojs/components';
import { formatDate, formatPoints } from '@/lib/format';

export function MyPoints({ points }: { points: PointsSummary }) {
  return (
    <View className="card">
      <Text className="points__label">积分余额</Text>
      <Text className="points__balance">{points.balance} 分</Text>
      <Text className="muted">
        累计获得 {points.earnedTotal} 分 · 已使用 {points.spentTotal} 分
      </Text>
      {points.recent.length === 0 ? (
        <Text className="points__empty">参加活动、做志愿服务都能获得积分。</Text>
      ) : (
        points.recent.map((p) => (
          <View key={p.id} className="points__entry">
            <View className="points__entry-main">
              <Text>{p.memo}</Text>
              <Text className="muted">{formatDate(p.createdAt)}</Text>
            </View>
            <Text className={p.amount >= 0 ? 'points__plus' : 'points__minus'}>{formatPoints(p.amount)}</Text>
          </View>
        ))
      )}
    </View>
  );
}
