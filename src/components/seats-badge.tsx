import type { EventSummary } from '@linli/types';
import { Text } from '@tarojs/components';

type SeatInfo = Pick<EventSummary, 'seatsLeft' | 'waitlistEnabled'>;

export function seatsLabel(e: SeatInfo): string {
  if (e.seatsLeft > 0) return `剩余 ${e.seatsLeft} 席`;
  return e.waitlistEnabled ? '已满·可候补' : '已满';
}

export function SeatsBadge({ event }: { event: SeatInfo }) {
  const tone = event.seatsLeft > 0 ? 'open' : event.waitlistEnabled ? 'waitlist' : 'full';
  return <Text className={`badge badge--${tone}`}>{seatsLabel(event)}</Text>;
}
