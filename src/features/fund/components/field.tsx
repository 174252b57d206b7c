import { Text, View } from '@tarojs/components';
import { Input } from '@/components/ui';

interface Props {
  label: string;
  value: string;
  onChange: (v: string) => void;
  placeholder?: string;
  /** Decimal keyboard for money. */
  money?: boolean;
  maxLength?: number;
  hint?: string;
}

export function Field({ label, value, onChange, placeholder, money, maxLength, hint }: Props) {
  return (
    <View>
      <Text className="field-label">{label}</Text>
      <Input
        className="field-input"
        type={money ? 'digit' : 'text'}
        value={value}
        maxLength={maxLength ?? 200}
        placeholder={placeholder ?? ''}
        onChange={onChange}
      />
      {hint ? <Text className="muted">{hint}</Text> : null}
    </View>
  );
}
