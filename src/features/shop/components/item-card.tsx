import type { ShopItemView } from '@linli/types';
import { Image, Text, View } from '@tarojs/components';
import { Button } from '@/components/ui';

interface Props {
  item: ShopItemView;
  balance: number | null;
  busy: boolean;
  disabled: boolean;
  onRedeem: () => void;
}

export function ItemCard({ item, balance, busy, disabled, onRedeem }: Props) {
  const short = balance !== null && balance < item.pointsPrice;
  const soldOut = item.stock <= 0;
  return (
    <View className="card shop-item">
      {item.photoUrl ? (
        <Image className="shop-item__photo" src={item.photoUrl} mode="aspectFill" ariaLabel={item.title} />
      ) : null}
      <Text className="shop-item__title">{item.title}</Text>
      <Text className="shop-item__line">商家：{item.merchantName}</Text>
      <View className="shop-item__row">
        <Text className="shop-item__price">{item.pointsPrice} 分</Text>
        <Text className="shop-item__stock">{soldOut ? '已兑完' : `剩 ${item.stock} 份`}</Text>
      </View>
      {short && !soldOut ? (
        <Text className="shop-item__short">
          还差 {item.pointsPrice - (balance ?? 0)} 分，参加活动、做志愿服务可以获得积分
        </Text>
      ) : null}
      <View className="row-gap">
        <Button
          type="primary"
          size="large"
          block
          loading={busy}
          disabled={disabled || soldOut || short}
          onClick={onRedeem}
        >
          {soldOut ? '已兑完' : short ? '积分不够' : `兑换 ${item.title}`}
        </Button>
      </View>
    </View>
  );
}
