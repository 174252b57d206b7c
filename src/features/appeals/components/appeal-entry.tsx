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
    <View className="entry-card appeal-entry">
      <View
        className="entry-card__main appeal-entry__card"
        role="button"
        onClick={go(ROUTES.appealNew)}
      >
        <Text className="entry-card__title">有事找社区 · 反映诉求</Text>
        <Text className="entry-card__note">路灯坏了、楼道堆物、邻里矛盾……拍张照片告诉网格员</Text>
      </View>
      <View className="entry-card__links">
        <View className="entry-card__link" role="button" onClick={go(ROUTES.appealsMine)}>
          我的诉求
        </View>
        <View className="entry-card__link" role="button" onClick={go(ROUTES.appealsReport)}>
          民情月报公示
        </View>
        {gridWorker ? (
          <View className="entry-card__link" role="button" onClick={go(ROUTES.gridMine)}>
            我的网格
          </View>
        ) : null}
      </View>
    </View>
  );
}
