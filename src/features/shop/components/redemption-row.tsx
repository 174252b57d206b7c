import type { RedemptionView } from '@linli/types';
import { Text, View } from '@tarojs/components';
import { Button } from '@/components/ui';
import { formatDateTime } from '@/lib/format';
import { REDEMPTION_LABELS, REDEMPTION_TONES, spacedCode } from '../code';

interface Props {
  redemption: RedemptionView;
  busy?: boolean;
  onOpen?: () => void;
  onCancel?: () => void;
}

/** One redemption in a list: item, status, code; the resident may open or cancel a reserved one. */
export function RedemptionRow({ redemption: r, busy, onOpen, onCancel }: Props) {
  return (
    <View className="card">
      <View className="split-row">
        <Text className="shop-row__title">{r.itemTitle}</Text>
        <Text className={`badge badge--${REDEMPTION_TONES[r.status]}`}>{REDEMPTION_LABELS[r.status]}</Text>
      </View>
      <Text className="shop-item__line">
        {r.merchantName} · {r.points} 分
      </Text>
      <Text className="shop-item__line">兑换码：{spacedCode(r.code)}</Text>
      <Text className="shop-item__line">兑换人：{r.holderName}</Text>
      <Text className="shop-item__line">{formatDateTime(r.fulfilledAt ?? r.createdAt)}</Text>
      {r.status === 'reserved' && (onOpen || onCancel) ? (
        <View className="button-row">
          {onOpen ? (
            <Button type="primary" size="large" onClick={onOpen}>
              出示兑换码
            </Button>
          ) : null}
          {onCancel ? (
            <Button size="large" fill="outline" loading={busy} disabled={busy} onClick={onCancel}>
              取消兑换
            </Button>
          ) : null}
        </View>
      ) : null}
    </View>
  );
}
