import { Text, View } from '@tarojs/components';
import { Chips, type ChipOption } from '@/components/chips';

export function partyLabel(n: number): string {
  return n <= 1 ? '本人' : `本人+${n - 1}位陪同`;
}

interface Props {
  max: number;
  value: number;
  onChange: (n: number) => void;
}

export function PartySizePicker({ max, value, onChange }: Props) {
  if (max <= 1) return null;
  const options: ChipOption<number>[] = Array.from({ length: max }, (_, i) => ({
    value: i + 1,
    label: partyLabel(i + 1),
  }));
  return (
    <View className="row-gap">
      <Text className="field-label">几位参加？</Text>
      <Chips options={options} value={value} onChange={onChange} label="参加人数" />
    </View>
  );
}
