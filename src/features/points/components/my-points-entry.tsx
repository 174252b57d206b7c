import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { Button } from '@/components/ui';
import { ROUTES } from '@/lib/routes';

const go = (url: string) => () => void Taro.navigateTo({ url });

/** On 我的 (main package, so kept tiny): the ways into points, the certificate and 积分超市. */
export function MyPointsEntry() {
  return (
    <View className="row-gap">
      <Button block size="large" type="primary" onClick={go(ROUTES.pointsMine)}>
        积分明细与服务时长
      </Button>
      <View className="row-gap">
        <Button block size="large" fill="outline" onClick={go(ROUTES.pointsCertificate)}>
          志愿服务记录证明
        </Button>
      </View>
      <View className="row-gap">
        <Button block size="large" fill="outline" onClick={go(ROUTES.shopItems)}>
          积分超市 · 用积分兑换
        </Button>
      </View>
      <View className="row-gap">
        <Button block size="large" fill="outline" onClick={go(ROUTES.shopMine)}>
          我的兑换券
        </Button>
      </View>
      <View className="row-gap">
        <Button block size="large" fill="outline" onClick={go(ROUTES.pointsApply)}>
          志愿者认证
        </Button>
      </View>
    </View>
  );
}
