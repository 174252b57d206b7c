import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { ROUTES } from '@/lib/routes';
import { Button } from '@/components/ui';

/** Shown to staff and admins only: the way into the staff subpackage. */
export function StaffEntry() {
  return (
    <View className="row-gap">
      <Button
        block
        size="large"
        fill="outline"
        onClick={() => void Taro.navigateTo({ url: ROUTES.staffEvents })}
      >
        社区工作台
      </Button>
    </View>
  );
}
