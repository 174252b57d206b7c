import type { PointsEntry } from '@linli/types';
import { Text, View } from '@tarojs/components';
import { formatDate, formatPoints } from '@/lib/format';

/** Who the named person was for this kind of change: staff confirm service, the resident redeems. */
export function actorLabel(code: string): string {
  if (code === 'redemption') return '兑换人';
  if (code === 'reversal') return '经办人';
  if (code === 'manual_award' || code === 'manual_deduct') return '经办人';
  return '确认人';
}

/** One line per change: why, for which event, who confirmed it, when, and how much (+ green / − red). */
export function PointsHistory({ entries, empty }: { entries: PointsEntry[]; empty: string }) {
  if (entries.length === 0) return <Text className="card pts-empty">{empty}</Text>;
  return (
    <View className="card pts-history">
      {entries.map((p) => (
        <View key={p.id} className="pts-entry">
          <View className="pts-entry__main">
            <Text className="pts-entry__memo">{p.memo}</Text>
            {p.eventTitle ? <Text className="pts-entry__line">活动：{p.eventTitle}</Text> : null}
            {p.actorName ? (
              <Text className="pts-entry__line">
                {actorLabel(p.code)}：{p.actorName}
              </Text>
            ) : null}
            <Text className="pts-entry__line">{formatDate(p.createdAt)}</Text>
          </View>
          <Text
            className={p.amount >= 0 ? 'pts-entry__amount pts-plus' : 'pts-entry__amount pts-minus'}
            aria-label={`${p.amount >= 0 ? '增加' : '减少'} ${Math.abs(p.amount)} 分`}
          >
            {formatPoints(p.amount)}
          </Text>
        </View>
      ))}
    </View>
  );
}
