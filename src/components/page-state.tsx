import { Text, View } from '@tarojs/components';
import { Notice } from './notice';
import { Button } from './ui';

interface Props {
  loading: boolean;
  error: string | null;
  onRetry: () => void;
}

/** Loading and load-failure for a whole page; renders nothing once there is data. */
export function PageState({ loading, error, onRetry }: Props) {
  if (error) {
    return (
      <Notice
        title="没有加载出来"
        action={
          <Button type="primary" size="large" block onClick={onRetry}>
            重新加载
          </Button>
        }
      >
        {error}
      </Notice>
    );
  }
  if (loading) {
    return (
      <View className="loading">
        <Text>正在加载…</Text>
      </View>
    );
  }
  return null;
}
