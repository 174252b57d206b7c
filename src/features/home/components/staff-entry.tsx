import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { ROUTES } from '@/lib/routes';
import { Button } from '@/components/ui';

interface Props {
  staff: boolean;
  proxy: boolean;
}

/** The ways into the work subpackages: 代报名 for grid workers and staff, 社区工作台 for staff. */
export function StaffEntry({ staff, proxy }: Props) {
  return (
    <View>
      {proxy ? (
        <View className="row-gap">
          <Button
            block
            size="large"
            fill="outline"
            onClick={() => void Taro.navigateTo({ url: ROUTES.gridProxy })}
          >
            为老人代报名
          </Button>
        </View>
      ) : null}
      {staff ? (
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
      ) : null}
      {staff ? (
        <View className="row-gap">
          <Button
            block
            size="large"
            fill="outline"
            onClick={() => void Taro.navigateTo({ url: ROUTES.announcementsManage })}
          >
            发布通知公告
          </Button>
        </View>
      ) : null}
      {staff ? (
        <View className="row-gap">
          <Button
            block
            size="large"
            fill="outline"
            onClick={() => void Taro.navigateTo({ url: ROUTES.adminImport })}
          >
            批量导入居民
          </Button>
        </View>
      ) : null}
    </View>
  );
}
