import { DONATION_SOURCE_LABELS, type DonationView } from '@linli/types';
import { Text, View } from '@tarojs/components';
import { formatDate, formatFen } from '@/lib/format';

/** Donors as the server names them: only those who agreed are named, the rest are 爱心人士. */
export function DonationList({ donations }: { donations: DonationView[] }) {
  if (donations.length === 0) return <Text className="card mf-empty">还没有捐赠记录。</Text>;
  return (
    <View className="card">
      {donations.map((d) => (
        <View key={d.id} className="mf-line">
          <View className="mf-line__main">
            <Text className="mf-line__title">{d.donorName}</Text>
            <Text className="mf-line__note">
              {DONATION_SOURCE_LABELS[d.source]} · {d.form === 'cash' ? '现金' : '物资'} ·{' '}
              {formatDate(d.createdAt)}
            </Text>
            {d.itemsDesc ? <Text className="mf-line__note">{d.itemsDesc}</Text> : null}
          </View>
          <View className="mf-line__side">
            <Text className="mf-line__amount">{formatFen(d.amountFen)}</Text>
            {d.form === 'in_kind' ? <Text className="mf-line__note">估值</Text> : null}
          </View>
        </View>
      ))}
    </View>
  );
}
