import type { EventSummary, RegistrationView } from '@linli/types';
import { Text, View } from '@tarojs/components';
import { Button } from '@/components/ui';
import { formatDateTime } from '@/lib/format';
import './quick-signup.css';

interface Props {
  event: EventSummary;
  /** The person's own place at this event, if they already have one. */
  registration?: RegistrationView | null;
  onTicket?: (registrationId: string) => void;
  onSignup: (id: string) => void;
  /** Tapping the words opens the full event, as every event card does. */
  onOpen: (id: string) => void;
}

/** 首页's one main action for an eligible elder: the event in big type and a 报名 button. */
export function QuickSignup({ event, registration, onSignup, onOpen, onTicket }: Props) {
  if (registration) {
    const confirmed = registration.status === 'confirmed';
    return (
      <View className="quick-signup quick-signup--done">
        <View
          className="quick-signup__info"
          hoverClass="event-card--pressed"
          onClick={() => onOpen(event.id)}
        >
          <Text className="quick-signup__tag">{confirmed ? '✓ 您已报名' : '您在候补名单上'}</Text>
          <Text className="quick-signup__title">{event.title}</Text>
          <Text className="quick-signup__seat">
            {confirmed
              ? `座位 ${registration.seatNos.join('、')} 号`
              : `候补第 ${registration.waitlistPosition} 位`}
          </Text>
          <Text className="quick-signup__line">{formatDateTime(event.startsAt)}</Text>
          <Text className="quick-signup__line">{event.place}</Text>
        </View>
        <View className="row-gap">
          {confirmed && onTicket ? (
            <Button type="primary" size="large" block onClick={() => onTicket(registration.id)}>
              查看二维码
            </Button>
          ) : (
            <Button type="primary" size="large" block onClick={() => onOpen(event.id)}>
              查看报名
            </Button>
          )}
        </View>
      </View>
    );
  }
  return (
    <View className="quick-signup">
      <View className="quick-signup__info" hoverClass="event-card--pressed" onClick={() => onOpen(event.id)}>
        <Text className="quick-signup__tag">为您推荐</Text>
        <Text className="quick-signup__title">{event.title}</Text>
        <Text className="quick-signup__line">{formatDateTime(event.startsAt)}</Text>
        <Text className="quick-signup__line">{event.place}</Text>
        <Text className="quick-signup__line">
          {event.seatsLeft > 0 ? `还剩 ${event.seatsLeft} 个座位` : '座位已满，可报名候补'}
        </Text>
      </View>
      <View className="row-gap">
        <Button type="primary" size="large" block onClick={() => onSignup(event.id)}>
          报名
        </Button>
      </View>
    </View>
  );
}
