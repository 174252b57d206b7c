import { Text, View } from '@tarojs/components';
import { Input } from '@/components/ui';

interface Props {
  label: string;
  value: string;
  onChange: (v: string) => void;
  placeholder?: string;
  /** The keyboard: digits for counts, decimal for money. */
  keyboard?: 'text' | 'number' | 'digit';
  maxLength?: number;
  hint?: string;
}

/** A labelled one-line text box, with an optional hint under it. */
export function TextField({ label, value, onChange, placeholder, keyboard, maxLength, hint }: Props) {
  return (
    <View className="text-field">
      <Text className="field-label">{label}</Text>
      <Input
        className="field-input"
        type={keyboard ?? 'text'}
        value={value}
        maxLength={maxLength ?? 200}
        placeholder={placeholder ?? ''}
        onChange={onChange}
      />
      {hint ? <Text className="muted">{hint}</Text> : null}
    </View>
  );
}
