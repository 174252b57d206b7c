import type { AppealFigures, AppealReport } from '@linli/types';
import { APPEAL_CHANNEL_LABELS, APPEAL_ENDING_LABELS } from '@linli/types';
import { Text, View } from '@tarojs/components';
import { formatDate } from '@/lib/format';
import { monthLabel } from '../stores/report-store';
import { HBars } from './hbars';
import { Stars } from './stars';

function Figure({ value, label }: { value: string | number; label: string }) {
  return (
    <View className="ap-figure">
      <Text className="ap-figure__value">{value}</Text>
      <Text className="ap-figure__label">{label}</Text>
    </View>
  );
}

const closedOf = (f: AppealFigures) => f.solved + f.explained + f.refused;
const pct = (r: number | null) => (r === null ? '—' : `${Math.round(r * 100)}%`);

/** 民情月报: the month's figures, the trend, by category and grid, and every closed appeal. */
export function ReportView({ report: r }: { report: AppealReport }) {
  return (
    <View className="ap-report">
      <View className="card">
        <Text className="ap-row__title">
          {r.communityName} · {monthLabel(r.month)}民情月报
        </Text>
        <View className="ap-figures">
          <Figure value={r.collected} label="收集诉求" />
          <Figure value={r.solved} label="已解决" />
          <Figure value={r.explained} label="已解释" />
          <Figure value={r.refused} label="不受理" />
          <Figure value={r.open} label="办理中" />
          <Figure value={r.overdue} label="超时未办" />
          <Figure value={pct(r.solvedRate)} label="解决率" />
          <Figure
            value={r.medianDaysToClose === null ? '—' : `${r.medianDaysToClose} 天`}
            label="办结用时（中位）"
          />
          <Figure
            value={r.averageRating === null ? '—' : `${r.averageRating.toFixed(1)} 星`}
            label={`居民评价（${r.ratedCount} 人）`}
          />
        </View>
      </View>

      <Text className="section-title">近几个月</Text>
      <View className="card">
        <HBars
          label="每月收集的诉求数"
          rows={r.trend.map((t) => ({
            label: monthLabel(t.month).slice(2),
            value: t.collected,
            note: `办结 ${closedOf(t)}`,
          }))}
        />
      </View>

      <Text className="section-title">按类别</Text>
      <View className="card">
        <HBars
          label="各类别诉求数"
          rows={r.byCategory.map((c) => ({ label: c.name, value: c.collected, note: `解决 ${c.solved}` }))}
        />
      </View>

      <Text className="section-title">按网格</Text>
      <View className="card">
        <HBars
          label="各网格诉求数"
          rows={r.byGrid.map((g) => ({ label: g.name, value: g.collected, note: `解决 ${g.solved}` }))}
        />
        {r.byChannel.length ? (
          <Text className="ap-row__line">
            来源：{r.byChannel.map((c) => `${APPEAL_CHANNEL_LABELS[c.channel]} ${c.collected}`).join('，')}
          </Text>
        ) : null}
      </View>

      <Text className="section-title">本月办结（{r.closedList.length} 件）</Text>
      {r.closedList.length === 0 ? <Text className="card muted">本月还没有办结的诉求。</Text> : null}
      {r.closedList.map((c) => (
        <View key={c.id} className="ap-row">
          <View className="ap-row__head">
            <Text className="ap-row__title">{c.categoryName}</Text>
            <Text className={`ap-status ap-status--closed`}>{APPEAL_ENDING_LABELS[c.ending]}</Text>
          </View>
          <Text className="ap-row__line">{c.words}</Text>
          {c.closingWords ? <Text className="ap-row__line">处理：{c.closingWords}</Text> : null}
          <Text className="ap-row__line">
            {c.place} · {c.submitterName} · {formatDate(c.closedAt)}办结
          </Text>
          {c.stars ? <Stars value={c.stars} /> : null}
        </View>
      ))}
    </View>
  );
}
