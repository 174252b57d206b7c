import { Text, View } from '@tarojs/components';
import { FAMILY_CODE_DIGITS } from '@linli/types';
import { Button, Input } from '@/components/ui';

interface Props {
  value: string;
  busy: boolean;
  onChange: (v: string) => void;
  onLink: () => void;
}

/** The relative's side: type the eight digits shown on the elder's phone. */
export function LinkForm({ value, busy, onChange, onLink }: Props) {
  return (
    <View className="card">
      <Text className="family__title">我帮家人报名</Text>
      <Text className="muted">请家人在“我的 → 家人代办”里生成家人码，再填在下面。</Text>
      <Text className="field-label">家人码（{FAMILY_CODE_DIGITS} 位数字）</Text>
      <Input
        className="field-input family__input"
        type="number"
        value={value}
        maxLength={FAMILY_CODE_DIGITS}
        placeholder="例如 1234 5678"
        onChange={onChange}
      />
      <View className="row-gap">
        <Button type="primary" size="large" block loading={busy} disabled={busy} onClick={onLink}>
          关联家人
        </Button>
      </View>
    </View>
  );
}
