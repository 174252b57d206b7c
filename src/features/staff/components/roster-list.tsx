import type { RosterEntry } from '@linli/types';
import { Text, View } from '@tarojs/components';
import { RegistrationBadge } from '@/components/registration-badge';
import { Button } from '@/components/ui';
import { local } from '@/lib/dayjs';

interface Props {
  entries: RosterEntry[];
  checking?: string | null;
  onCheckIn?: (registrationId: string) => void;
}

export function RosterList({ entries, checking = null, onCheckIn }: Props) {
  return (
    <View>
      {entries.map((r) => (
        <View key={r.registrationId} className="card roster__row">
          <View className="event-card__head">
            <Text className="roster__name">{r.name}</Text>
            <RegistrationBadge registration={r} />
          </View>
          <Text className="event-card__line">
            {[r.building, r.unit].filter(Boolean).join(' ') || '未填住址'} · {r.phoneMasked ?? '无手机号'}
          </Text>
          <Text className="event-card__line">
            {r.partySize > 1 ? `共 ${r.partySize} 人` : '1 人'}
            {r.seatNos.length > 1 ? ` · 座位 ${r.seatNos.join('、')}` : ''}
            {r.proxyByName ? ` · 由 ${r.proxyByName} 代报名` : ''}
          </Text>
          {r.checkedInAt ? (
            <Text className="roster__checked">✓ 已签到 {local(r.checkedInAt).format('HH:mm')}</Text>
          ) : r.status === 'confirmed' && onCheckIn ? (
            <View className="row-gap">
              <Button
                type="primary"
                block
                loading={checking === r.registrationId}
                disabled={checking !== null}
                onClick={() => onCheckIn(r.registrationId)}
              >
                签到 {r.name}
              </Button>
            </View>
          ) : null}
        </View>
      ))}
    </View>
  );
}
