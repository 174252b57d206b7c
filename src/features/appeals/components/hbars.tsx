import { Text, View } from '@tarojs/components';

export interface BarRow {
  label: string;
  value: number;
  /** Words after the number, e.g. "解决 12". */
  note?: string;
}

/**
 * Horizontal bars drawn with View widths (no chart library in a subpackage for a few bars): each bar a
 * share of the largest value, the number written beside it so nobody has to read a length.
 */
export function HBars({ rows, label }: { rows: BarRow[]; label: string }) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  return (
    <View className="ap-bars" role="img" aria-label={label}>
      {rows.map((r) => (
        <View key={r.label} className="ap-bars__row">
          <Text className="ap-bars__label">{r.label}</Text>
          <View className="ap-bars__track">
            <View
              className="ap-bars__bar"
              style={{ width: `${r.value > 0 ? Math.max(2, Math.round((r.value / max) * 100)) : 0}%` }}
            />
          </View>
          <Text className="ap-bars__value">
            {r.value}
            {r.note ? ` · ${r.note}` : ''}
          </Text>
        </View>
      ))}
    </View>
  );
}
