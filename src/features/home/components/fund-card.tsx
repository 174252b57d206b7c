import type { FundCard as FundCardData } from '@linli/types';
import { Text, View } from '@tarojs/components';
import { formatFen } from '@/lib/format';
import './fund-card.css';

/** 社区微基金: the public balance every resident can see. */
export function FundCard({ fund }: { fund: FundCardData }) {
  return (
    <View className="fund-card" aria-label="社区微基金">
      <Text className="fund-card__title">社区微基金</Text>
      <Text className="fund-card__label">当前余额</Text>
      <Text className="fund-card__balance">{formatFen(fund.balanceFen)}</Text>
      <View className="fund-card__row">
        <View className="fund-card__cell">
          <Text className="fund-card__label">累计捐赠（{fund.donationCount} 笔）</Text>
          <Text className="fund-card__amount">{formatFen(fund.donationsFen)}</Text>
        </View>
        <View className="fund-card__cell">
          <Text className="fund-card__label">累计支出</Text>
          <Text className="fund-card__amount">{formatFen(fund.spentFen)}</Text>
        </View>
      </View>
    </View>
  );
}
