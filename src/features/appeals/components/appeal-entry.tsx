import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { ROUTES } from '@/lib/routes';
import './appeal-entry.css';

const go = (url: string) => () => void Taro.navigateTo({ url });

/**
 * 有事找社区: one big card (its name is its visible words, title and note, as axe asks) straight to the submit page (the elder's first tap), with 我的诉求 and the
 * monthly 公示 underneath, and 我的网格 for those who hold a grid.
 */
export function AppealEntry({ gridWorker }: { gridWorker: boolean }) {
  return (
    <View className="appeal-entry">
      <View
        className="appeal-entry__card"
        role="button"
        onClick={go(ROUTES.appealNew)}
      >
        <Text className="appeal-entry__title">有事找社区 · 反映诉求</Text>
        <Text className="appeal-entry__note">路灯坏了、楼道堆物、邻里矛盾……拍张照片告诉网格员</Text>
      </View>
      <View className="appeal-entry__links">
        <View className="appeal-entry__link" role="button" onClick={go(ROUTES.appealsMine)}>
          我的诉求
        </View>
        <View className="appeal-entry__link" role="button" onClick={go(ROUTES.appealsReport)}>
          民情月报公示
        </View>
        {gridWorker ? (
          <View className="appeal-entry__link" role="button" onClick={go(ROUTES.gridMine)}>
            我的网格
          </View>
        ) : null}
      </View>
    </View>
  );
}
