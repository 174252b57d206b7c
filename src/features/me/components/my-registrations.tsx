import type { RegistrationView } from '@linli/types';
import { Text, View } from '@tarojs/components';
import { EmptyState } from '@/components/empty-state';
import { RegistrationBadge } from '@/components/registration-badge';
import { Button } from '@/components/ui';
import { formatDateTime } from '@/lib/format';

export interface RegistrationActions {
  onOpen: (eventId: string) => void;
  onTicket: (registrationId: string) => void;
  onCancel: (r: RegistrationView) => void;
  /** Registration being cancelled, to show progress on its button. */
  busyId: string | null;
}

function pastLabel(r: RegistrationView): string | null {
  if (r.status !== 'confirmed') return null;
  if (r.attended === true) return '已出席';
  if (r.attended === false) return '未出席';
  return r.checkedInAt ? '已签到' : null;
}

function Row({ r, past, actions }: { r: RegistrationView; past: boolean; actions: RegistrationActions }) {
  const extra = past ? pastLabel(r) : r.checkedInAt ? '已签到' : null;
  return (
    <View className="card my-reg">
      <View
        className="my-reg__head"
        hoverClass="event-card--pressed"
        onClick={() => actions.onOpen(r.eventId)}
      >
        <Text className="event-card__title">{r.eventTitle}</Text>
        <Text className="event-card__line">{formatDateTime(r.startsAt)}</Text>
        <Text className="event-card__line">{r.place}</Text>
        {r.proxyByName ? <Text className="event-card__line">由 {r.proxyByName} 代报名</Text> : null}
      </View>
      <View className="my-reg__badges">
        <RegistrationBadge registration={r} />
        {extra ? <Text className="badge badge--open my-reg__extra">{extra}</Text> : null}
      </View>
      {!past && r.status === 'confirmed' ? (
        <View className="row-gap">
          <Button type="primary" size="large" block onClick={() => actions.onTicket(r.id)}>
            查看二维码
          </Button>
        </View>
      ) : null}
      {!past && r.canCancel ? (
        <View className="row-gap">
          <Button
            size="large"
            block
            fill="outline"
            loading={actions.busyId === r.id}
            disabled={actions.busyId !== null}
            onClick={() => actions.onCancel(r)}
          >
            取消报名
          </Button>
        </View>
      ) : null}
    </View>
  );
}

interface Props extends RegistrationActions {
  items: RegistrationView[];
  onBrowse: () => void;
  now?: number;
}

export function MyRegistrations({ items, onBrowse, now = Date.now(), ...actions }: Props) {
  if (items.length === 0) {
    return <EmptyState text="您还没有报名活动" actionText="去看看活动" onAction={onBrowse} />;
  }
  const upcoming = items.filter((r) => Date.parse(r.startsAt) >= now);
  const past = items.filter((r) => Date.parse(r.startsAt) < now);
  return (
    <View>
      <Text className="me__sub">即将参加（{upcoming.length}）</Text>
      {upcoming.length ? (
        upcoming.map((r) => <Row key={r.id} r={r} past={false} actions={actions} />)
      ) : (
        <Text className="muted">暂无</Text>
      )}
      {past.length ? (
        <>
          <Text className="me__sub">已结束（{past.length}）</Text>
          {past.map((r) => (
            <Row key={r.id} r={r} past actions={actions} />
          ))}
        </>
      ) : null}
    </View>
  );
}
