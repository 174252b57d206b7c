import type { PointsOverview } from '@linli/types';
import { Text, View } from '@tarojs/components';
import { formatFen } from '@/lib/format';
import { formatMinutes } from '../format';

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <View className="pts-stat">
      <Text className="pts-stat__label">{label}</Text>
      <Text className="pts-stat__value">{value}</Text>
    </View>
  );
}

/** Points issued and spent, and whether the fund can honour every point in residents' hands. */
export function OverviewPanel({ overview }: { overview: PointsOverview }) {
  const c = overview.coverage;
  return (
    <View>
      <View className="card pts-stats">
        <Stat label="累计发放" value={`${overview.issued} 分`} />
        <Stat label="已兑换" value={`${overview.redeemed} 分`} />
        <Stat label="已扣减" value={`${overview.deducted} 分`} />
        <Stat label="居民手中流通" value={`${overview.outstanding} 分`} />
      </View>
      <View className={c.covered ? 'card verdict verdict--ok' : 'card verdict verdict--bad'}>
        <Text className="verdict__head">
          {c.covered ? '✓ 基金足以兑付全部积分' : '✗ 基金不足以兑付全部积分'}
        </Text>
        <Text className="pts-cover__math">
          流通积分 {c.outstandingPoints} 分 × 每分价值 {formatFen(c.pointValueFen)} ={' '}
          {formatFen(c.outstandingPoints * c.pointValueFen)}
        </Text>
        <Text className="pts-cover__math">
          {c.covered ? '≤' : '>'} 基金余额 {formatFen(c.fundFen)}
        </Text>
        {!c.covered ? <Text className="pts-text">在补充基金之前，系统会暂停发放积分和兑换。</Text> : null}
      </View>
      <Text className="section-title">服务时长排行</Text>
      {overview.topVolunteers.length === 0 ? (
        <Text className="card pts-empty">还没有经确认的志愿服务时长。</Text>
      ) : (
        <View className="card">
          {overview.topVolunteers.map((v, i) => (
            <View key={v.userId} className="pts-top">
              <Text className="pts-top__rank">{i + 1}</Text>
              <Text className="pts-top__name">{v.name}</Text>
              <View className="pts-top__nums">
                <Text className="pts-text">{formatMinutes(v.minutes)}</Text>
                <Text className="pts-text">{v.points} 分</Text>
              </View>
            </View>
          ))}
        </View>
      )}
    </View>
  );
}
