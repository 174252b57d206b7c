import type { ResidentRow as Row } from '@linli/types';
import { Text, View } from '@tarojs/components';

export function residentAddress(r: Pick<Row, 'estateName' | 'building' | 'unit'>): string {
  return [r.estateName, r.building, r.unit].filter(Boolean).join(' ') || '未填写住址';
}

/** A tappable resident with their balance. */
export function ResidentRow({ resident, onOpen }: { resident: Row; onOpen: () => void }) {
  return (
    <View className="event-card" hoverClass="event-card--pressed" onClick={onOpen} role="button">
      <View className="split-row">
        <Text className="pts-name">{resident.name}</Text>
        <Text className="pts-balance-chip">{resident.balance} 分</Text>
      </View>
      <Text className="pts-text">{residentAddress(resident)}</Text>
      {resident.phoneMasked ? <Text className="pts-text">{resident.phoneMasked}</Text> : null}
      <Text className="event-card__more">查看积分明细 ›</Text>
    </View>
  );
}
