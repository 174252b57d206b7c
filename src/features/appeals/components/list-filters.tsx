import { Text, View } from '@tarojs/components';
import {
  APPEAL_LISTS,
  APPEAL_LIST_LABELS,
  APPEAL_STATUSES,
  APPEAL_STATUS_LABELS,
  type AppealCategoryView,
  type GridView,
} from '@linli/types';
import { Chips } from '@/components/chips';
import type { ListFilter } from '../services/appeals.service';

interface Props {
  filter: ListFilter;
  categories: AppealCategoryView[];
  grids: GridView[];
  onChange: (f: ListFilter) => void;
}

const ALL = '全部';

/** Status, overdue, list, category and grid: each a row of chips, 全部 first. */
export function ListFilters({ filter: f, categories, grids, onChange }: Props) {
  const pick = <K extends keyof ListFilter>(k: K, v: ListFilter[K] | typeof ALL) => {
    const next: ListFilter = { ...f, page: 0 };
    if (v === ALL) delete next[k];
    else next[k] = v as ListFilter[K];
    onChange(next);
  };
  return (
    <View className="card ap-filters">
      <Text className="field-label">状态</Text>
      <Chips
        label="状态"
        value={f.overdue ? 'overdue' : (f.status ?? ALL)}
        onChange={(v) =>
          v === 'overdue'
            ? onChange({ ...f, status: undefined, overdue: true, page: 0 })
            : onChange({
                ...f,
                overdue: undefined,
                status: v === ALL ? undefined : APPEAL_STATUSES.find((s) => s === v),
                page: 0,
              })
        }
        options={[
          { value: ALL, label: ALL },
          ...APPEAL_STATUSES.map((s) => ({ value: s as string, label: APPEAL_STATUS_LABELS[s] })),
          { value: 'overdue', label: '已超时' },
        ]}
      />
      <Text className="field-label">清单</Text>
      <Chips
        label="清单"
        value={f.list ?? ALL}
        onChange={(v) => pick('list', APPEAL_LISTS.find((l) => l === v) ?? ALL)}
        options={[
          { value: ALL, label: ALL },
          ...APPEAL_LISTS.map((l) => ({ value: l as string, label: APPEAL_LIST_LABELS[l] })),
        ]}
      />
      <Text className="field-label">类别</Text>
      <Chips
        label="类别"
        value={f.categoryId ?? ALL}
        onChange={(v) => pick('categoryId', v)}
        options={[{ value: ALL, label: ALL }, ...categories.map((c) => ({ value: c.id, label: c.name }))]}
      />
      {grids.length ? (
        <>
          <Text className="field-label">网格</Text>
          <Chips
            label="网格"
            value={f.gridId ?? ALL}
            onChange={(v) => pick('gridId', v)}
            options={[{ value: ALL, label: ALL }, ...grids.map((g) => ({ value: g.id, label: g.name }))]}
          />
        </>
      ) : null}
    </View>
  );
}
