import type { RedemptionView } from '@linli/types';
import { Text, View } from '@tarojs/components';
import { formatDateTime } from '@/lib/format';
import { REDEMPTION_LABELS, REDEMPTION_TONES, spacedCode } from '../code';
import { QrView } from './qr-view';

/** What the resident shows at the shop: the item, a big code to read aloud, and its QR. */
export function RedemptionCode({ redemption: r }: { redemption: RedemptionView }) {
  return (
    <View className="shop-code" aria-label="兑换券">
      <Text className="shop-code__item">{r.itemTitle}</Text>
      <Text className="shop-code__line">
        {r.merchantName} · {r.points} 分
      </Text>
      <Text className={`badge badge--${REDEMPTION_TONES[r.status]}`}>{REDEMPTION_LABELS[r.status]}</Text>
      <Text className="shop-code__label">兑换码</Text>
      <Text className="shop-code__code" aria-label={`兑换码 ${r.code.split('').join(' ')}`}>
        {spacedCode(r.code)}
      </Text>
      {r.status === 'reserved' ? (
        <>
          <QrView text={r.code} label={`兑换码二维码 ${r.code}`} />
          <Text className="shop-code__hint">到店出示此页，商家扫码或输入兑换码核销</Text>
        </>
      ) : null}
      <Text className="shop-code__line">兑换人：{r.holderName}</Text>
      <Text className="shop-code__line">兑换时间：{formatDateTime(r.createdAt)}</Text>
      {r.fulfilledAt ? (
        <Text className="shop-code__line">核销时间：{formatDateTime(r.fulfilledAt)}</Text>
      ) : null}
    </View>
  );
}
