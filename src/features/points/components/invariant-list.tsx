import type { InvariantReport } from '@linli/types';
import { Text, View } from '@tarojs/components';
import { formatDateTime } from '@/lib/format';

/** Each published check with ✓/✗ in words and colour, and the numbers behind it. */
export function InvariantList({ report }: { report: InvariantReport }) {
  return (
    <View className="card" aria-label="账目核对结果">
      <Text className={report.ok ? 'pts-check__head pts-ok' : 'pts-check__head pts-bad'}>
        {report.ok ? '✓ 全部核对通过' : '✗ 有核对未通过，请立即联系管理员'}
      </Text>
      <Text className="pts-text">核对时间：{formatDateTime(report.checkedAt)}</Text>
      {report.checks.map((c) => (
        <View key={c.name} className="pts-check">
          <Text className={c.ok ? 'pts-check__label pts-ok' : 'pts-check__label pts-bad'}>
            {c.ok ? '✓' : '✗'} {c.label}
          </Text>
          <Text className="pts-check__detail">{c.detail}</Text>
        </View>
      ))}
    </View>
  );
}
