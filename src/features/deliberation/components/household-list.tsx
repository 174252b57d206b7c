import { Text, View } from '@tarojs/components';
import type { HouseholdView } from '@linli/types';
import { TextField } from '@/components/text-field';

/** 户 with their members: who lives together, so a grid worker sees households, not only people. */
export function HouseholdList({
  households,
  query,
  onSearch,
}: {
  households: HouseholdView[];
  query: string;
  onSearch: (q: string) => void;
}) {
  return (
    <View className="households">
      <Text className="section-title">本网格住户（{households.length} 户）</Text>
      <TextField label="按楼栋、门牌号查找" value={query} placeholder="例如：3栋 302" onChange={onSearch} maxLength={20} />
      {households.map((h) => (
        <View key={h.householdId} className="household-row">
          <Text className="household-row__label">{h.label}</Text>
          <Text className="muted">{h.members.map((m) => m.name).join('、')}</Text>
        </View>
      ))}
    </View>
  );
}
