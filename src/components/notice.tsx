import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';

interface Props {
  tone?: 'error' | 'info' | 'success';
  title?: string;
  children: ReactNode;
  action?: ReactNode;
}

/** A message that stays on the page (a toast disappears before an older reader finishes it). */
export function Notice({ tone = 'error', title, children, action }: Props) {
  return (
    <View className={`notice notice--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      {title ? <Text className="notice__title">{title}</Text> : null}
      <Text className="notice__body">{children}</Text>
      {action ? <View className="notice__action">{action}</View> : null}
    </View>
  );
}
