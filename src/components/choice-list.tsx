import { Text, View } from '@tarojs/components';

export interface Choice {
  value: string;
  title: string;
  note?: string;
}

interface Props {
  choices: Choice[];
  value: string | null;
  onChange: (value: string) => void;
  label: string;
}

/** One big row per choice, for options too long for a chip (event titles). */
export function ChoiceList({ choices, value, onChange, label }: Props) {
  return (
    <View className="choice-list" role="radiogroup" aria-label={label}>
      {choices.map((c) => (
        <View
          key={c.value}
          className={`choice${c.value === value ? ' choice--on' : ''}`}
          role="radio"
          aria-checked={c.value === value}
          onClick={() => onChange(c.value)}
        >
          <Text className="choice__title">
            {c.value === value ? '✓ ' : ''}
            {c.title}
          </Text>
          {c.note ? <Text className="choice__note">{c.note}</Text> : null}
        </View>
      ))}
    </View>
  );
}
