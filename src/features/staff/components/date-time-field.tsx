import { Picker, Text, View } from '@tarojs/components';

interface Props {
  label: string;
  /** "2025-10-29 11:30", China time. */
  value: string;
  onChange: (v: string) => void;
}

/** A China-time moment picked with the phone's own date and time wheels: nothing to type, no format to learn. */
export function DateTimeField({ label, value, onChange }: Props) {
  const [date = '', time = ''] = value.trim().split(/\s+/);
  return (
    <View className="text-field date-time-field">
      <Text className="field-label">{label}</Text>
      <View className="date-time-field__row">
        <Picker
          mode="date"
          value={date}
          aria-label={`${label}日期`}
          onChange={(e) => onChange(`${e.detail.value} ${time}`.trim())}
        >
          <View className="field-input date-time-field__value">{date || '选择日期'}</View>
        </Picker>
        <Picker
          mode="time"
          value={time}
          aria-label={`${label}时刻`}
          onChange={(e) => onChange(`${date} ${e.detail.value}`.trim())}
        >
          <View className="field-input date-time-field__value">{time || '选择时间'}</View>
        </Picker>
      </View>
    </View>
  );
}
