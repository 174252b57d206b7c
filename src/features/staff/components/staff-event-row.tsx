import type { StaffEventRow as Row } from '@linli/types';
import { Text, View } from '@tarojs/components';
import { formatDateTime } from '@/lib/format';

const STATUS: Record<Row['status'], string> = {
  draft: '草稿',
  published: '已发布',
  finished: '已结束',
  cancelled: '已取消',
};

export function StaffEventRow({ event, onOpen }: { event: Row; onOpen: (e: Row) => void }) {
  return (
    <View className="event-card" hoverClass="event-card--pressed" onClick={() => onOpen(event)}>
      <View className="event-card__head">
        <Text className={`badge badge--status-${event.status}`}>{STATUS[event.status]}</Text>
        <Text className="muted">{formatDateTime(event.startsAt)}</Text>
      </View>
      <Text className="event-card__title">{event.title}</Text>
      <Text className="event-card__line">
        已报名 {event.confirmedCount} / {event.capacity} 席 · 候补 {event.waitlistedCount} 人
      </Text>
      <Text className="event-card__more">管理活动 ›</Text>
    </View>
  );
}
