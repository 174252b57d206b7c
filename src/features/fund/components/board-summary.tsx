import type { FundBoard } from '@linli/types';
import { Text, View } from '@tarojs/components';
import { formatFen } from '@/lib/format';

function Cell({ label, value }: { label: string; value: string }) {
  return (
    <View className="mf-sum__cell">
      <Text className="mf-sum__label">{label}</Text>
      <Text className="mf-sum__value">{value}</Text>
    </View>
  );
}

export function BoardSummary({ board }: { board: FundBoard }) {
  const c = board.card;
  return (
    <View className="mf-sum" aria-label="微基金账目">
      <Text className="mf-sum__label">当前余额</Text>
      <Text className="mf-sum__balance">{formatFen(c.balanceFen)}</Text>
      <View className="mf-sum__grid">
        <Cell label={`现金捐赠（${c.donationCount} 笔）`} value={formatFen(c.donationsFen)} />
        <Cell label="累计支出" value={formatFen(c.spentFen)} />
        <Cell label="物资捐赠估值" value={formatFen(board.inKindFen)} />
        <Cell label="待付积分兑换" value={formatFen(board.committedFen)} />
      </View>
    </View>
  );
}
