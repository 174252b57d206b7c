import { useState } from 'react';
import { View } from '@tarojs/components';
import type { EstateBrief } from '@linli/types';
import { TextField } from '@/components/text-field';
import { Button } from '@/components/ui';

interface Props {
  estate: EstateBrief | null;
  saving: boolean;
  onSave: (f: { estateId?: string; name: string; buildings: string[] }) => void;
}

/** Buildings typed as one line, separated by commas or spaces: "1栋 2栋 3栋". */
export function parseBuildings(text: string): string[] {
  return [...new Set(text.split(/[,，、\s]+/).map((b) => b.trim()).filter(Boolean))];
}

export function EstateEditor({ estate, saving, onSave }: Props) {
  const [name, setName] = useState(estate?.name ?? '');
  const [buildings, setBuildings] = useState(estate?.buildings.join(' ') ?? '');
  return (
    <View className="card">
      <TextField label="小区名称" value={name} onChange={setName} maxLength={30} placeholder="例如 天马新居" />
      <TextField
        label="楼栋（用空格或逗号隔开）"
        value={buildings}
        onChange={setBuildings}
        maxLength={2000}
        placeholder="1栋 2栋 3栋"
      />
      <Button
        size="large"
        block
        type="primary"
        fill={estate ? 'outline' : 'solid'}
        disabled={!name.trim()}
        loading={saving}
        onClick={() =>
          onSave({ ...(estate ? { estateId: estate.id } : {}), name: name.trim(), buildings: parseBuildings(buildings) })
        }
      >
        {estate ? `保存${estate.name}` : '添加小区'}
      </Button>
    </View>
  );
}
