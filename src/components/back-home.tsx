import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { ROUTES } from '@/lib/routes';
import { Button } from './ui';

/** Every page that is not a tab keeps a way home, also when opened directly from a link. */
export function BackHome({ label = '返回首页' }: { label?: string }) {
  return (
    <View className="back-home">
      <Button block size="large" fill="outline" onClick={() => void Taro.switchTab({ url: ROUTES.home })}>
        {label}
      </Button>
    </View>
  );
}
