import type { ResidentRow } from '@linli/types';
import { Text, View } from '@tarojs/components';
import { Chips } from '@/components/chips';
import { Notice } from '@/components/notice';
import { TextField } from '@/components/text-field';
import { Button, Input } from '@/components/ui';
import type { ItemFields } from '../stores/editor-store';

interface Props {
  fields: ItemFields;
  saving: boolean;
  error: string | null;
  query: string;
  people: ResidentRow[];
  searching: boolean;
  onChange: (patch: Partial<ItemFields>) => void;
  onQuery: (q: string) => void;
  onSearch: () => void;
  onSave: () => void;
  onCancel: () => void;
}

type TextKey = 'title' | 'merchantName' | 'pointsPrice' | 'cost' | 'stock' | 'photoUrl';

interface FieldSpec {
  key: TextKey;
  label: string;
  placeholder: string;
  max?: number;
  /** A number: the keyboard with digits and a point. */
  digits?: boolean;
}

const NAMES: FieldSpec[] = [
  { key: 'title', label: '商品名称', placeholder: '例如：牛肉面一碗' },
  { key: 'merchantName', label: '商家名称', placeholder: '例如：蜀香面馆' },
];

const TERMS: FieldSpec[] = [
  { key: 'pointsPrice', label: '所需积分', placeholder: '例如 80', max: 6, digits: true },
  { key: 'cost', label: '基金成本（元）', placeholder: '例如 15 或 12.50', max: 10, digits: true },
  { key: 'stock', label: '库存（份）', placeholder: '例如 50', max: 6, digits: true },
  { key: 'photoUrl', label: '图片链接（可不填）', placeholder: 'https:// 或 cloud:// 开头', max: 500 },
];

function Fields({ specs, p }: { specs: FieldSpec[]; p: Props }) {
  return (
    <>
      {specs.map((s) => (
        <TextField
          key={s.key}
          label={s.label}
          keyboard={s.digits ? 'digit' : 'text'}
          value={p.fields[s.key]}
          maxLength={s.max ?? 40}
          placeholder={s.placeholder}
          onChange={(v) => p.onChange({ [s.key]: v })}
        />
      ))}
    </>
  );
}

export function ItemForm(p: Props) {
  const f = p.fields;
  return (
    <View className="card">
      <Text className="shop-box__title">{f.itemId ? `修改：${f.title}` : '新增商品'}</Text>
      <Fields specs={NAMES} p={p} />
      <Text className="field-label">核销账号（商家本人，可不选）</Text>
      {f.merchantUserId ? (
        <View className="split-row">
          <Text className="shop-item__line">已选：{f.merchantUserName}</Text>
          <Button fill="outline" onClick={() => p.onChange({ merchantUserId: null, merchantUserName: null })}>
            不绑定
          </Button>
        </View>
      ) : (
        <>
          <View className="shop-search">
            <Input
              className="field-input shop-search__input"
              value={p.query}
              maxLength={40}
              placeholder="搜索商家本人的姓名"
              onChange={p.onQuery}
              onConfirm={p.onSearch}
            />
            <Button type="primary" loading={p.searching} onClick={p.onSearch}>
              搜索
            </Button>
          </View>
          {p.people.map((r) => (
            <View
              key={r.userId}
              className="choice"
              role="button"
              onClick={() => p.onChange({ merchantUserId: r.userId, merchantUserName: r.name })}
            >
              <Text className="choice__title">{r.name}</Text>
              <Text className="choice__note">
                {[r.estateName, r.building, r.phoneMasked].filter(Boolean).join(' · ')}
              </Text>
            </View>
          ))}
        </>
      )}
      <Fields specs={TERMS} p={p} />
      <Text className="field-label">是否上架</Text>
      <Chips
        label="是否上架"
        options={[
          { value: 'on', label: '上架' },
          { value: 'off', label: '下架' },
        ]}
        value={f.active ? 'on' : 'off'}
        onChange={(v) => p.onChange({ active: v === 'on' })}
      />
      {p.error ? <Notice title="没有保存成功">{p.error}</Notice> : null}
      <View className="button-row">
        <Button type="primary" size="large" loading={p.saving} onClick={p.onSave}>
          保存
        </Button>
        <Button size="large" fill="outline" onClick={p.onCancel}>
          不改了
        </Button>
      </View>
    </View>
  );
}
