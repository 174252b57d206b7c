import { Text, View } from '@tarojs/components';
import { IMPORT_REASON_LABELS, type ImportOutcome, type ImportPlan } from '@linli/types';
import { Chips } from '@/components/chips';
import './plan-table.css';

/** Rows drawn at once: a desk PC copes with more, a phone does not; the counts always cover the whole sheet. */
const SHOWN = 300;
const OUTCOME_LABEL: Record<ImportOutcome, string> = { create: '新登记', skip: '跳过', reject: '有问题' };

interface Props {
  plan: ImportPlan;
  filter: ImportOutcome | 'all';
  onFilter: (f: ImportOutcome | 'all') => void;
}

/** The dry run: counts, then every row with what the import would do and why (problems first). */
export function PlanTable({ plan, filter, onFilter }: Props) {
  const order: Record<ImportOutcome, number> = { reject: 0, skip: 1, create: 2 };
  const rows = plan.rows
    .filter((r) => filter === 'all' || r.outcome === filter)
    .sort((a, b) => order[a.outcome] - order[b.outcome] || a.row - b.row);
  return (
    <View className="plan">
      <View className="plan__counts" role="status">
        <Text className="plan__count plan__count--create">新登记 {plan.counts.create} 人</Text>
        <Text className="plan__count plan__count--skip">已登记跳过 {plan.counts.skip} 人</Text>
        <Text className="plan__count plan__count--reject">有问题 {plan.counts.reject} 行</Text>
        <Text className="plan__count">新增 {plan.newHouseholds} 户</Text>
      </View>
      <Chips
        label="显示哪些行"
        value={filter}
        onChange={onFilter}
        options={[
          { value: 'all', label: '全部' },
          { value: 'reject', label: '有问题' },
          { value: 'create', label: '新登记' },
          { value: 'skip', label: '跳过' },
        ]}
      />
      <View className="plan__table" role="table" aria-label="预检结果">
        <View className="plan__row plan__row--head" role="row">
          <View role="columnheader">行</View>
          <View role="columnheader">姓名</View>
          <View role="columnheader">手机号</View>
          <View role="columnheader">住址</View>
          <View role="columnheader">结果</View>
        </View>
        {rows.slice(0, SHOWN).map((r) => (
          <View key={r.row} className={`plan__row plan__row--${r.outcome}`} role="row">
            <View role="cell">{r.row}</View>
            <View role="cell">{r.name || '（空）'}</View>
            <View role="cell">{r.phoneMasked ?? (r.hasWechat === false ? '无微信' : '—')}</View>
            <View role="cell">{r.address}</View>
            <View role="cell">
              {OUTCOME_LABEL[r.outcome]}：{IMPORT_REASON_LABELS[r.reason]}
              {r.detail ? `（${r.detail}）` : ''}
            </View>
          </View>
        ))}
      </View>
      {rows.length > SHOWN ? (
        <Text className="muted">
          只列出前 {SHOWN} 行，共 {rows.length} 行；上面的人数包括全部行。
        </Text>
      ) : null}
    </View>
  );
}
