import type { PointsSummary } from '@linli/types';
import { Text, View } from '@tarojs/components';
import { formatMinutes } from '../format';

export function PointsSummaryCard({ summary }: { summary: PointsSummary }) {
  return (
    <View className="card pts-summary" aria-label="我的积分">
      <Text className="pts-summary__label">积分余额</Text>
      <Text className="pts-summary__balance">{summary.balance} 分</Text>
      <View className="pts-summary__row">
        <View className="pts-summary__cell">
          <Text className="pts-summary__label">累计获得</Text>
          <Text className="pts-summary__num">{summary.earnedTotal} 分</Text>
        </View>
        <View className="pts-summary__cell">
          <Text className="pts-summary__label">已使用</Text>
          <Text className="pts-summary__num">{summary.spentTotal} 分</Text>
        </View>
      </View>
      <Text className="pts-summary__label">志愿服务时长</Text>
      <Text className="pts-summary__hours">{formatMinutes(summary.serviceMinutes)}</Text>
    </View>
  );
}
