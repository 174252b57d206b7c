import { Text, View } from '@tarojs/components';
import type { FamilyCopySetting } from '@linli/types';
import { Button } from '@/components/ui';

interface Props {
  items: FamilyCopySetting[];
  busy: boolean;
  onToggle: (item: FamilyCopySetting) => void;
}

/** For relatives: also receive the notices of the elders they help (家人代办). */
export function FamilyCopies({ items, busy, onToggle }: Props) {
  if (items.length === 0) return null;
  return (
    <View>
      <Text className="section-title">家人的消息</Text>
      {items.map((f) => (
        <View key={f.linkId} className="card">
          <Text className="notice-item__title">{f.elderName}</Text>
          <Text className="notice-item__body">
            {f.on
              ? `${f.elderName}的报名、递补、活动变更等消息，也会出现在您这里。`
              : `目前只有${f.elderName}自己收到消息。`}
          </Text>
          <View className="row-gap">
            <Button
              size="large"
              block
              fill={f.on ? 'outline' : 'solid'}
              type={f.on ? 'default' : 'primary'}
              disabled={busy}
              onClick={() => onToggle(f)}
            >
              {f.on ? '不再接收' : `也接收${f.elderName}的消息`}
            </Button>
          </View>
        </View>
      ))}
    </View>
  );
}
