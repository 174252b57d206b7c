import { Text, View } from '@tarojs/components';
import type { CommunityBrief, EstateBrief } from '@linli/types';
import { Chips } from '@/components/chips';
import { Input } from '@/components/ui';

interface Props {
  communities: CommunityBrief[];
  estates: EstateBrief[];
  communityId: string | null;
  estateId: string | null;
  building: string | null;
  unit: string;
  room: string;
  onCommunity: (id: string) => void;
  onEstate: (id: string) => void;
  onBuilding: (b: string) => void;
  onUnit: (u: string) => void;
  onRoom: (r: string) => void;
}

/** Community → estate (小区) → building → unit and room (门牌号), each step appearing once the previous is chosen. */
export function HomePicker(p: Props) {
  const estate = p.estates.find((e) => e.id === p.estateId);
  return (
    <View className="card">
      <Text className="field-label">1. 选择社区</Text>
      <Chips
        label="社区"
        options={p.communities.map((c) => ({ value: c.id, label: c.name }))}
        value={p.communityId}
        onChange={p.onCommunity}
      />
      {p.communityId && p.estates.length ? (
        <>
          <Text className="field-label">2. 选择小区</Text>
          <Chips
            label="小区"
            options={p.estates.map((e) => ({ value: e.id, label: e.name }))}
            value={p.estateId}
            onChange={p.onEstate}
          />
        </>
      ) : null}
      {estate ? (
        <>
          <Text className="field-label">3. 选择楼栋</Text>
          <Chips
            label="楼栋"
            options={estate.buildings.map((b) => ({ value: b, label: b }))}
            value={p.building}
            onChange={p.onBuilding}
          />
        </>
      ) : null}
      {p.building ? (
        <>
          <Text className="field-label">4. 填写单元</Text>
          <Input
            className="field-input"
            value={p.unit}
            maxLength={20}
            placeholder="例如 2单元"
            onChange={p.onUnit}
          />
          <Text className="field-label">5. 填写门牌号</Text>
          <Input
            className="field-input"
            value={p.room}
            maxLength={10}
            placeholder="例如 302（同一户的家人填同一个）"
            onChange={p.onRoom}
          />
        </>
      ) : null}
    </View>
  );
}
