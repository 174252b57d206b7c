import { CATEGORY_LABELS, type EventSummary } from '@linli/types';
import { Text, View } from '@tarojs/components';
import { formatDateTime } from '@/lib/format';
import { SeatsBadge } from './seats-badge';

interface Props {
  event: EventSummary;
  onOpen: (id: string) => void;
}

/** A big tappable card; the whole card opens the event. */
export function EventCard({ event, onOpen }: Props) {
  return (
    <View className="event-card" hoverClass="event-card--pressed" onClick={() => onOpen(event.id)}>
      <View className="event-card__head">
        <Text className="event-card__category">{CATEGORY_LABELS[event.category]}</Text>
        <SeatsBadge event={event} />
      </View>
      <Text className="event-card__title">{event.title}</Text>
      <Text className="event-card__line">时间：{formatDateTime(event.startsAt)}</Text>
      <Text className="event-card__line">地点：{event.place}</Text>
      <Text className="event-card__more">查看详情 ›</Text>
    </View>
  );
}
