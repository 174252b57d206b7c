import type { RegistrationView } from '@linli/types';
import { Text, View } from '@tarojs/components';
import { EmptyState } from '@/components/empty-state';
import { RegistrationBadge } from '@/components/registration-badge';
import { formatDateTime } from '@/lib/format';

interface Props {
  items: RegistrationView[];
  onOpen: (eventId: string) => void;
  onBrowse: () => void;
  now?: number;
}

function Row({ r, onOpen }: { r: RegistrationView; onOpen: (id: string) => void }) {
  return (
    <View className="event-card" hoverClass="event-card--pressed" onClick={() => onOpen(r.eventId)}>
      <View className="event-card__head">
        <Text className="event-card__title">{r.eventTitle}</Text>
      </View>
      <Text className="event-card__line">{formatDateTime(r.startsAt)}</Text>
      <Text className="event-card__line">{r.place}</Text>
      <View className="row-gap">
        <RegistrationBadge registration={r} />
      </View>
    </View>
  );
}

export function MyRegistrations({ items, onOpen, onBrowse, now = Date.now() }: Props) {
  if (items.length === 0) {
    return <EmptyState text="您还没有报名活动" actionText="去看看活动" onAction={onBrowse} />;
  }
  const upcoming = items.filter((r) => Date.parse(r.startsAt) >= now);
  const past = items.filter((r) => Date.parse(r.startsAt) < now);
  return (
    <View>
      <Text className="me__sub">即将参加（{upcoming.length}）</Text>
      {upcoming.length ? (
        upcoming.map((r) => <Row key={r.id} r={r} onOpen={onOpen} />)
      ) : (
        <Text className="muted">暂无</Text>
      )}
      {past.length ? (
        <>
          <Text className="me__sub">已结束（{past.length}）</Text>
          {past.map((r) => (
            <Row key={r.id} r={r} onOpen={onOpen} />
          ))}
        </>
      ) : null}
    </View>
  );
}
