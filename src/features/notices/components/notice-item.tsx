import { Text, View } from '@tarojs/components';
import type { NoticeView } from '@linli/types';
import { formatDateTime } from '@/lib/format';

interface Props {
  item: NoticeView;
  onOpen: (item: NoticeView) => void;
}

/** One notice: a big tap target; unread ones are marked by a dot and the word 未读 (not colour alone). */
export function NoticeItem({ item, onOpen }: Props) {
  return (
    <View
      className={`card notice-item${item.read ? '' : ' notice-item--unread'}`}
      onClick={() => onOpen(item)}
      data-testid="notice-item"
    >
      <View className="notice-item__head">
        {item.read ? null : <Text className="notice-item__dot">未读</Text>}
        <Text className="notice-item__title">{item.title}</Text>
      </View>
      {item.body ? <Text className="notice-item__body">{item.body}</Text> : null}
      <Text className="notice-item__time">
        {formatDateTime(item.at)}
        {item.link ? ' · 点按查看' : ''}
      </Text>
    </View>
  );
}
