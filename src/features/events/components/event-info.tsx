import { CATEGORY_LABELS, type EventDetail } from '@linli/types';
import { Text, View } from '@tarojs/components';
import { SeatsBadge } from '@/components/seats-badge';
import { formatDateTime, formatTimeRange } from '@/lib/format';
import './event-detail.css';

export function EventInfo({ detail }: { detail: EventDetail }) {
  return (
    <View className="card">
      <View className="event-card__head">
        <Text className="event-card__category">{CATEGORY_LABELS[detail.category]}</Text>
        <SeatsBadge event={detail} />
      </View>
      <Text className="event-detail__title">{detail.title}</Text>
      <Text className="event-detail__line">时间：{formatTimeRange(detail.startsAt, detail.endsAt)}</Text>
      <Text className="event-detail__line">地点：{detail.place}</Text>
      <Text className="event-detail__line">
        名额：共 {detail.capacity} 席{detail.waitlistEnabled ? `，候补 ${detail.waitlistCount} 人` : ''}
      </Text>
      <Text className="event-detail__line">报名截止：{formatDateTime(detail.signupClosesAt)}</Text>
      <Text className="event-detail__line">取消截止：{formatDateTime(detail.cancelDeadline)}</Text>
      {detail.attendancePoints > 0 ? (
        <Text className="event-detail__line">参加可得志愿积分 {detail.attendancePoints} 分</Text>
      ) : null}
      <Text className="event-detail__body">{detail.body}</Text>
    </View>
  );
}
