import { Text, View } from '@tarojs/components';
import { Button } from '@/components/ui';
import type { RoleRow } from '../stores/event-form-model';
import { TextField } from '@/components/text-field';

interface Props {
  roles: RoleRow[];
  onChange: (roles: RoleRow[]) => void;
}

/** Volunteer posts: name, how many people, points per hour. */
export function RolesEditor({ roles, onChange }: Props) {
  const patch = (i: number, p: Partial<RoleRow>) =>
    onChange(roles.map((r, j) => (j === i ? { ...r, ...p } : r)));
  return (
    <View className="roles-editor">
      <Text className="field-label">志愿岗位</Text>
      {roles.length === 0 ? <Text className="muted">不需要志愿者可不填。</Text> : null}
      {roles.map((r, i) => (
        <View key={r.id ?? `new-${i}`} className="roles-editor__row">
          <TextField
            label={`岗位 ${i + 1} 名称`}
            value={r.name}
            maxLength={20}
            placeholder="例如 入场引导"
            onChange={(v) => patch(i, { name: v })}
          />
          <TextField
            label="需要人数"
            keyboard="number"
            value={r.quota}
            onChange={(v) => patch(i, { quota: v })}
          />
          <TextField
            label="每小时积分"
            keyboard="number"
            value={r.pointsPerHour}
            placeholder="留空：按社区标准"
            onChange={(v) => patch(i, { pointsPerHour: v })}
          />
          <View className="row-gap">
            <Button fill="outline" block onClick={() => onChange(roles.filter((_, j) => j !== i))}>
              删除这个岗位
            </Button>
          </View>
        </View>
      ))}
      <View className="row-gap">
        <Button
          fill="outline"
          block
          onClick={() => onChange([...roles, { name: '', quota: '5', pointsPerHour: '' }])}
        >
          添加志愿岗位
        </Button>
      </View>
    </View>
  );
}
