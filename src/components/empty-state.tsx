import { View } from '@tarojs/components';
import { Button, Empty } from './ui';

interface Props {
  text: string;
  actionText?: string;
  onAction?: () => void;
}

/** Empty lists always offer a next step. */
export function EmptyState({ text, actionText, onAction }: Props) {
  return (
    <View className="empty-state">
      {/* A local mark instead of NutUI's default picture, which loads from a third-party CDN. */}
      <Empty description={text} size="small" image={<View className="empty-state__img" />} />
      {actionText && onAction ? (
        <Button type="primary" size="large" block onClick={onAction}>
          {actionText}
        </Button>
      ) : null}
    </View>
  );
}
