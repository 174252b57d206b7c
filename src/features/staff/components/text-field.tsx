import { Text, View } from '@tarojs/components';
import { Input } from '@/components/ui';

interface Props {
  label: string;
  value: string;
  onChange: (v: string) => void;
  placeholder?: string;
  numeric?: boolean;
  maxLength?: number;
  hint?: string;
}

export function TextField({ label, value, onChange, placeholder, numeric, maxLength, hint }: Props) {
  return (
    <View className="text-field">
      <Text className="field-label">{label}</Text>
      <Input
        className="field-input"
        type={numeric ? 'number' : 'text'}
        value={value}
        maxLength={maxLength ?? 200}
        placeholder={placeholder ?? ''}
        onChange={onChange}
      />
      {hint ? <Text className="muted">{hint}</Text> : null}
    </View>
  );
}
