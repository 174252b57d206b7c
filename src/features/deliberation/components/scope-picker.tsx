import { Text, View } from '@tarojs/components';
import type { EstateBrief } from '@linli/types';
import { Chips } from '@/components/chips';
import type { ScopePick } from '../stores/new-topic-store';

/** Big on/off buttons (several may be on): the chip look, a ✓ on the chosen ones. */
function ToggleChips({
  label,
  options,
  on,
  onToggle,
}: {
  label: string;
  options: { value: string; label: string }[];
  on: string[];
  onToggle: (v: string) => void;
}) {
  return (
    <View className="chips" role="group" aria-label={label}>
      {options.map((o) => {
        const chosen = on.includes(o.value);
        return (
          <View
            key={o.value}
            className={`chip${chosen ? ' chip--on' : ''}`}
            role="checkbox"
            aria-checked={chosen}
            aria-label={o.label}
            onClick={() => onToggle(o.value)}
          >
            {chosen ? `✓ ${o.label}` : o.label}
          </View>
        );
      })}
    </View>
  );
}

const toggle = (list: string[], v: string) => (list.includes(v) ? list.filter((x) => x !== v) : [...list, v]);

/**
 * 参与范围: 全社区 (the default) or some 小区; under each chosen 小区 its 楼栋 may be chosen — none chosen means the
 * whole 小区. `value` null is the whole community.
 */
export function ScopePicker({
  estates,
  value,
  onChange,
}: {
  estates: EstateBrief[];
  value: ScopePick | null;
  onChange: (v: ScopePick | null) => void;
}) {
  const some = value !== null;
  const chosen = value ? Object.keys(value) : [];
  const toggleEstate = (id: string) => {
    const next = { ...(value ?? {}) };
    if (id in next) delete next[id];
    else next[id] = [];
    onChange(next);
  };
  return (
    <View className="scope-picker">
      <Chips
        label="参与范围"
        value={some ? 'some' : 'all'}
        onChange={(v) => onChange(v === 'all' ? null : (value ?? {}))}
        options={[
          { value: 'all', label: '全社区' },
          { value: 'some', label: '选择小区、楼栋' },
        ]}
      />
      {some ? (
        estates.length ? (
          <>
            <Text className="field-label">哪些小区（可多选）</Text>
            <ToggleChips
              label="小区"
              options={estates.map((e) => ({ value: e.id, label: e.name }))}
              on={chosen}
              onToggle={toggleEstate}
            />
            {estates
              .filter((e) => chosen.includes(e.id) && e.buildings.length > 0)
              .map((e) => (
                <View key={e.id} className="scope-picker__estate">
                  <Text className="field-label">{e.name}：哪些楼栋（不选就是整个小区）</Text>
                  <ToggleChips
                    label={`${e.name}的楼栋`}
                    options={e.buildings.map((b) => ({ value: b, label: b }))}
                    on={value?.[e.id] ?? []}
                    onToggle={(b) => onChange({ ...value, [e.id]: toggle(value?.[e.id] ?? [], b) })}
                  />
                </View>
              ))}
          </>
        ) : (
          <Text className="muted">还没有小区信息，只能面向全社区</Text>
        )
      ) : null}
    </View>
  );
}

/** 全社区 / 锦绣苑（3栋、5栋）、阳光里 — how the chosen scope reads on the button and the header. */
export function scopeText(estates: EstateBrief[], value: ScopePick | null): string {
  if (!value || Object.keys(value).length === 0) return '全社区';
  return Object.entries(value)
    .map(
      ([id, b]) => `${estates.find((e) => e.id === id)?.name ?? ''}${b.length ? `（${b.join('、')}）` : ''}`,
    )
    .join('、');
}
