import type { FundBoard } from '@linli/types';
import { Text, View } from '@tarojs/components';
import { formatFen } from '@/lib/format';

/** 积分超市 redemptions by item: how many, how many points, what the fund pays the merchant. */
export function RedemptionSummary({ rows }: { rows: FundBoard['redemptionsByItem'] }) {
  if (rows.length === 0) return <Text className="card mf-empty">还没有人用积分兑换。</Text>;
  return (
    <View className="card">
      {rows.map((r) => (
        <View key={`${r.merchantName}-${r.title}`} className="mf-line">
          <View className="mf-line__main">
            <Text className="mf-line__title">{r.title}</Text>
            <Text className="mf-line__note">
              {r.merchantName} · 兑换 {r.count} 次 · 共 {r.points} 分
            </Text>
          </View>
          <View className="mf-line__side">
            <Text className="mf-line__amount">{formatFen(r.costFen)}</Text>
            <Text className="mf-line__note">基金支付</Text>
          </View>
        </View>
      ))}
    </View>
  );
}
