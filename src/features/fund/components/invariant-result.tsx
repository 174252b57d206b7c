import type { InvariantReport } from '@linli/types';
import { Text, View } from '@tarojs/components';
import { formatDateTime } from '@/lib/format';

/** The latest published check of the books, in plain words, or that none has been run yet. */
export function InvariantResult({ report }: { report: InvariantReport | null }) {
  if (!report) {
    return (
      <View className="card verdict verdict--none">
        <Text className="verdict__head">尚未核对</Text>
        <Text className="mf-text">社区工作人员核对账目后，结果会显示在这里。</Text>
      </View>
    );
  }
  return (
    <View className={report.ok ? 'card verdict verdict--ok' : 'card verdict verdict--bad'}>
      <Text className="verdict__head">{report.ok ? '✓ 账目核对全部通过' : '✗ 账目核对发现问题'}</Text>
      <Text className="mf-text">核对时间：{formatDateTime(report.checkedAt)}</Text>
      {report.checks.map((c) => (
        <View key={c.name} className="mf-check__item">
          <Text className={c.ok ? 'mf-check__label mf-ok' : 'mf-check__label mf-bad'}>
            {c.ok ? '✓' : '✗'} {c.label}
          </Text>
          <Text className="mf-check__detail">{c.detail}</Text>
        </View>
      ))}
    </View>
  );
}
