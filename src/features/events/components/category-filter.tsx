import { CATEGORY_LABELS, EVENT_CATEGORIES, type EventCategory } from '@linli/types';
import { Chips, type ChipOption } from '@/components/chips';

const ALL = 'all';
const OPTIONS: ChipOption<EventCategory | typeof ALL>[] = [
  { value: ALL, label: '全部' },
  ...EVENT_CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] })),
];

interface Props {
  value: EventCategory | null;
  onChange: (c: EventCategory | null) => void;
}

export function CategoryFilter({ value, onChange }: Props) {
  return (
    <Chips
      options={OPTIONS}
      value={value ?? ALL}
      onChange={(v) => onChange(v === ALL ? null : v)}
      label="活动类别"
    />
  );
}
