import type { Announcement } from '@linli/types';
import { Text, View } from '@tarojs/components';
import './announcements-card.css';

interface Props {
  items: Announcement[];
  onOpen: (id: string) => void;
}

/** 通知公告 on 首页: titles only, pinned first (the detail page lives in a subpackage). Nothing when there are none. */
export function AnnouncementsCard({ items, onOpen }: Props) {
  if (items.length === 0) return null;
  return (
    <View className="ann-card" aria-label="通知公告">
      <Text className="ann-card__head">通知公告</Text>
      {items.map((a) => (
        <View
          key={a.id}
          className="ann-card__item"
          role="link"
          aria-label={a.title}
          onClick={() => onOpen(a.id)}
        >
          {a.pinned ? <Text className="ann-card__pin">置顶</Text> : null}
          <Text className="ann-card__title">{a.title}</Text>
        </View>
      ))}
    </View>
  );
}
