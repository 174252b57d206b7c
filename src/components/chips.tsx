import { View } from '@tarojs/components';

export interface ChipOption<V extends string | number> {
  value: V;
  label: string;
}

interface Props<V extends string | number> {
  options: ChipOption<V>[];
  value: V | null;
  onChange: (value: V) => void;
  label?: string;
}

/** A row of big single-choice buttons: easier for older fingers than a picker wheel. */
export function Chips<V extends string | number>({ options, value, onChange, label }: Props<V>) {
  return (
    <View className="chips" role="radiogroup" aria-label={label}>
      {options.map((o) => (
        <View
          key={String(o.value)}
          className={`chip${o.value === value ? ' chip--on' : ''}`}
          role="radio"
          aria-checked={o.value === value}
          onClick={() => onChange(o.value)}
        >
          {o.label}
        </View>
      ))}
    </View>
  );
}
