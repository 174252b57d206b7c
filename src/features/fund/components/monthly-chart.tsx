import type { MonthFlow } from '@linli/types';
import { ScrollView, Text, View } from '@tarojs/components';
import { formatFen } from '@/lib/format';
import { compactFen } from '../money';

function monthLabel(month: string): string {
  const [y, m] = month.split('-');
  return `${y.slice(2)}年${Number(m)}月`;
}

function Bar({ fen, max, kind }: { fen: number; max: number; kind: 'in' | 'out' }) {
  // A percentage of the bar area (its height is set in CSS): works the same in WeChat and H5.
  const pct = fen > 0 ? Math.max(2, Math.round((fen / max) * 100)) : 0;
  return (
    <View className="mf-chart__bar-wrap">
      <Text className="mf-chart__bar-label">{compactFen(fen)}</Text>
      <View className={`mf-chart__bar mf-chart__bar--${kind}`} style={{ height: `${pct}%` }} />
    </View>
  );
}

/**
 * Monthly inflow and outflow drawn with plain Views (a canvas chart library would add ~470 KB to the
 * subpackage for one chart): bars proportional to the largest month, exact amounts listed below.
 */
export function MonthlyChart({ monthly }: { monthly: MonthFlow[] }) {
  if (monthly.length === 0) return <Text className="card mf-empty">还没有收支记录。</Text>;
  const max = Math.max(1, ...monthly.flatMap((m) => [m.inFen, m.outFen]));
  return (
    <View className="card">
      <View className="mf-chart__legend">
        <Text className="mf-legend mf-legend--in">■ 收入</Text>
        <Text className="mf-legend mf-legend--out">■ 支出</Text>
      </View>
      <ScrollView scrollX className="mf-chart__scroll">
        <View className="mf-chart" role="img" aria-label="每月收入和支出柱状图">
          {monthly.map((m) => (
            <View key={m.month} className="mf-chart__month">
              <View className="mf-chart__bars">
                <Bar fen={m.inFen} max={max} kind="in" />
                <Bar fen={m.outFen} max={max} kind="out" />
              </View>
              <Text className="mf-chart__month-label">{monthLabel(m.month)}</Text>
            </View>
          ))}
        </View>
      </ScrollView>
      {[...monthly].reverse().map((m) => (
        <View key={m.month} className="mf-flow">
          <Text className="mf-flow__month">{monthLabel(m.month)}</Text>
          <Text className="mf-flow__in">收入 {formatFen(m.inFen)}</Text>
          <Text className="mf-flow__out">支出 {formatFen(m.outFen)}</Text>
        </View>
      ))}
    </View>
  );
}
