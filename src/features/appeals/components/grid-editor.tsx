import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { AssigneeView, BuildingRef, GridView } from '@linli/types';
import { Button, Input } from '@/components/ui';
import type { GridFields } from '../stores/settings-store';

interface Props {
  grid: GridView | null;
  /** Buildings no grid holds yet; with this grid's own, what can be ticked. */
  unassigned: BuildingRef[];
  workers: AssigneeView[];
  saving: boolean;
  onSave: (f: GridFields) => void;
  onCancel: () => void;
}

const keyOf = (b: { estateId: string; building: string }) => `${b.estateId}/${b.building}`;

function Toggle({ on, label, onClick }: { on: boolean; label: string; onClick: () => void }) {
  return (
    <View className={`chip${on ? ' chip--on' : ''}`} role="checkbox" aria-checked={on} onClick={onClick}>
      {on ? `✓ ${label}` : label}
    </View>
  );
}

/** A grid's name, its buildings (each in exactly one grid) and its workers. */
export function GridEditor({ grid, unassigned, workers, saving, onSave, onCancel }: Props) {
  const [name, setName] = useState(grid?.name ?? '');
  const [picked, setPicked] = useState(() => new Set((grid?.buildings ?? []).map(keyOf)));
  const [workerIds, setWorkerIds] = useState(() => new Set((grid?.workers ?? []).map((w) => w.userId)));
  const choices = [...(grid?.buildings ?? []), ...unassigned];
  const flip = <T,>(set: Set<T>, v: T) => {
    const next = new Set(set);
    if (next.has(v)) next.delete(v);
    else next.add(v);
    return next;
  };
  return (
    <View className="card">
      <Text className="field-label">网格名称</Text>
      <Input
        className="field-input"
        value={name}
        maxLength={20}
        placeholder="例如 第3网格"
        onChange={setName}
      />
      <Text className="field-label">楼栋（已在其他网格的楼栋不在这里）</Text>
      <View className="chips">
        {choices.map((b) => (
          <Toggle
            key={keyOf(b)}
            on={picked.has(keyOf(b))}
            label={`${b.estateName}${b.building}`}
            onClick={() => setPicked(flip(picked, keyOf(b)))}
          />
        ))}
      </View>
      <Text className="field-label">网格员</Text>
      <View className="chips">
        {workers.map((w) => (
          <Toggle
            key={w.userId}
            on={workerIds.has(w.userId)}
            label={w.name}
            onClick={() => setWorkerIds(flip(workerIds, w.userId))}
          />
        ))}
      </View>
      <View className="row-gap">
        <Button
          type="primary"
          size="large"
          block
          disabled={!name.trim()}
          loading={saving}
          onClick={() =>
            onSave({
              ...(grid ? { gridId: grid.id } : {}),
              name: name.trim(),
              buildings: choices
                .filter((b) => picked.has(keyOf(b)))
                .map((b) => ({ estateId: b.estateId, building: b.building })),
              workerIds: [...workerIds],
            })
          }
        >
          保存网格
        </Button>
      </View>
      <View className="row-gap">
        <Button size="large" block fill="outline" onClick={onCancel}>
          取消
        </Button>
      </View>
    </View>
  );
}
