import { Text, View } from '@tarojs/components';
import { Chips } from '@/components/chips';
import { useElderMode, type ElderSetting } from '@/lib/elder-mode';

const OPTIONS: { value: ElderSetting; label: string }[] = [
  { value: 'on', label: '开启' },
  { value: 'off', label: '关闭' },
  { value: 'auto', label: '跟随微信字体' },
];

/** 长辈模式: bigger words and buttons on every page. */
export function ElderModeSwitch() {
  const { setting, active, set } = useElderMode();
  return (
    <View className="card elder-switch">
      <Text className="elder-switch__title">长辈模式</Text>
      <Text className="muted">字更大、按钮更大，每页只放最要紧的事。</Text>
      <Chips options={OPTIONS} value={setting} onChange={set} label="长辈模式" />
      <Text className="elder-switch__state">{active ? '现在：已开启大字' : '现在：标准字号'}</Text>
    </View>
  );
}
