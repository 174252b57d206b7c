import type { RosterEntry } from '@linli/types';
import { Text, View } from '@tarojs/components';
import { RegistrationBadge } from '@/components/registration-badge';

export function RosterList({ entries }: { entries: RosterEntry[] }) {
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
            {r.proxyByName ? ` · 由 ${r.proxyByName} 代报名` : ''}
          </Text>
        </View>
      ))}
    </View>
  );
}
