import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button } from '@/components/ui';
import { ROUTES } from '@/lib/routes';
import { useHasRole } from '@/features/session';

const go = (url: string) => () => void Taro.navigateTo({ url });

function Entry({ text, url, primary }: { text: string; url: string; primary?: boolean }) {
  return (
    <View className="row-gap">
      <Button
        block
        size="large"
        type={primary ? 'primary' : 'default'}
        fill={primary ? 'solid' : 'outline'}
        onClick={go(url)}
      >
        {text}
      </Button>
    </View>
  );
}

/**
 * Under the fund card on 首页 (main package, so kept tiny): the public board and 积分超市 for
 * everyone; the fund, points and shop work only for those who hold the role.
 */
export function FundEntry() {
  const staff = useHasRole('staff');
  const committee = useHasRole('committee');
  const merchant = useHasRole('merchant');
  return (
    <View>
      <Entry text="查看微基金公示" url={ROUTES.fundBoard} primary />
      <Entry text="积分超市 · 用积分兑换" url={ROUTES.shopItems} />
      {staff || committee || merchant ? <Text className="section-title">我的工作</Text> : null}
      {merchant ? <Entry text="商家核销兑换券" url={ROUTES.shopMerchant} /> : null}
      {committee ? <Entry text="基金支出审批" url={ROUTES.fundApprove} /> : null}
      {staff ? <Entry text="微基金管理：捐赠、支出、报表" url={ROUTES.fundStaff} /> : null}
      {staff || committee ? <Entry text="志愿积分管理" url={ROUTES.pointsAdmin} /> : null}
      {staff ? <Entry text="积分超市商品管理" url={ROUTES.shopEditor} /> : null}
    </View>
  );
}
