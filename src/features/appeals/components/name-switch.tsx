import { Text, View } from '@tarojs/components';

/** A labelled on/off row; the whole row is the tap target. */
export function SwitchRow({
  label,
  on,
  onChange,
}: {
  label: string;
  on: boolean;
  onChange: (on: boolean) => void;
}) {
  return (
    <View
      className="ap-switch"
      role="switch"
      aria-checked={on}
      aria-label={label}
      onClick={() => onChange(!on)}
    >
      <Text className="ap-switch__label">{label}</Text>
      <View className={`ap-toggle${on ? ' ap-toggle--on' : ''}`}>
        <Text className="ap-toggle__text">{on ? '愿意' : '不公开'}</Text>
      </View>
    </View>
  );
}
