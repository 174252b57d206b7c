import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { AppealCategoryView } from '@linli/types';
import { Button, Input } from '@/components/ui';

export interface CategoryFields {
  categoryId?: string;
  name: string;
  acceptWorkingDays: number;
  finishDays: number;
}

interface Props {
  category: AppealCategoryView | null;
  saving: boolean;
  onSave: (f: CategoryFields) => void;
}

/** One category's name and deadlines: accept within N working days, finish within M days. */
export function CategoryEditor({ category: c, saving, onSave }: Props) {
  const [name, setName] = useState(c?.name ?? '');
  const [accept, setAccept] = useState(String(c?.acceptWorkingDays ?? 1));
  const [finish, setFinish] = useState(String(c?.finishDays ?? 7));
  const a = Number(accept);
  const f = Number(finish);
  const ok =
    name.trim() && Number.isInteger(a) && a >= 0 && a <= 30 && Number.isInteger(f) && f >= 1 && f <= 365;
  return (
    <View className="ap-row">
      <Input
        className="field-input"
        value={name}
        maxLength={20}
        placeholder="类别名称，例如 环境卫生"
        onChange={setName}
      />
      <View className="ap-voice">
        <Text className="ap-place">受理时限（工作日）</Text>
        <Input className="field-input" type="number" value={accept} maxLength={2} onChange={setAccept} />
      </View>
      <View className="ap-voice">
        <Text className="ap-place">办结时限（天）</Text>
        <Input className="field-input" type="number" value={finish} maxLength={3} onChange={setFinish} />
      </View>
      <Button
        size="large"
        type="primary"
        fill={c ? 'outline' : 'solid'}
        disabled={!ok}
        loading={saving}
        onClick={() =>
          onSave({
            ...(c ? { categoryId: c.id } : {}),
            name: name.trim(),
            acceptWorkingDays: a,
            finishDays: f,
          })
        }
      >
        {c ? '保存' : '添加类别'}
      </Button>
    </View>
  );
}
