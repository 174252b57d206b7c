import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { ROUTES } from '@/lib/routes';
import { Button } from '@/components/ui';

interface Props {
  staff: boolean;
  proxy: boolean;
}

/** The ways into the work subpackages: 代报名 for grid workers and staff; 社区工作台, 通知公告 and 导入 for staff. */
export function StaffEntry({ staff, proxy }: Props) {
  const entries = [
    { show: proxy, label: '为老人代报名', url: ROUTES.gridProxy },
    { show: staff, label: '社区工作台', url: ROUTES.staffEvents },
    { show: staff, label: '发布通知公告', url: ROUTES.announcementsManage },
    { show: staff, label: '批量导入居民', url: ROUTES.adminImport },
  ].filter((e) => e.show);
  return (
    <View>
      {entries.map((e) => (
        <View className="row-gap" key={e.url}>
          <Button block size="large" fill="outline" onClick={() => void Taro.navigateTo({ url: e.url })}>
            {e.label}
          </Button>
        </View>
      ))}
    </View>
  );
}
