import type { EventDetail } from '@linli/types';
import { Text, View } from '@tarojs/components';
import { Notice } from '@/components/notice';

/** Who may sign up, said before the button, so nobody taps only to be refused. */
export function EligibilityBox({ detail }: { detail: EventDetail }) {
  const { eligible, reasons } = detail.eligibility;
  const rules: string[] = [];
  if (detail.minAge) rules.push(`年满 ${detail.minAge} 周岁`);
  if (detail.estateNames.length) rules.push(`限 ${detail.estateNames.join('、')} 居民`);

  if (eligible) {
    return (
      <Notice tone="success" title="您可以报名">
        {rules.length ? `报名条件：${rules.join('；')}。您符合条件。` : '本活动面向本社区全体居民。'}
      </Notice>
    );
  }
  return (
    <Notice tone="info" title="暂时不能报名">
      <View className="eligibility__reasons">
        {reasons.map((r) => (
          <Text key={r.code} className="eligibility__reason">
            · {r.message}
          </Text>
        ))}
      </View>
    </Notice>
  );
}
