import { View } from '@tarojs/components';

/** 1–5 stars as five big taps (a slider is hard for older fingers). Read-only without onChange. */
export function Stars({ value, onChange }: { value: number; onChange?: (n: number) => void }) {
  return (
    <View className="ap-stars" role={onChange ? 'radiogroup' : 'img'} aria-label={`${value} 星`}>
      {[1, 2, 3, 4, 5].map((n) => (
        <View
          key={n}
          className={`ap-star${n <= value ? ' ap-star--on' : ''}${onChange ? ' ap-star--tap' : ''}`}
          role={onChange ? 'radio' : undefined}
          aria-checked={onChange ? n === value : undefined}
          aria-label={onChange ? `${n} 星` : undefined}
          onClick={onChange ? () => onChange(n) : undefined}
        >
          ★
        </View>
      ))}
    </View>
  );
}
