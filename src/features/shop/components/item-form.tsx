import type { ResidentRow } from '@linli/types';
import { Text, View } from '@tarojs/components';
import { Chips } from '@/components/chips';
import { Notice } from '@/components/notice';
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

function Field(p: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  placeholder?: string;
  number?: boolean;
  max?: number;
}) {
  return (
    <View>
      <Text className="field-label">{p.label}</Text>
      <Input
        className="field-input"
        type={p.number ? 'digit' : 'text'}
        value={p.value}
        maxLength={p.max ?? 40}
        placeholder={p.placeholder ?? ''}
        onChange={p.onChange}
      />
    </View>
  );
}

export function ItemForm(p: Props) {
  const f = p.fields;
  return (
    <View className="card">
      <Text className="shop-box__title">{f.itemId ? `修改：${f.title}` : '新增商品'}</Text>
      <Field
        label="商品名称"
        value={f.title}
        placeholder="例如：牛肉面一碗"
        onChange={(title) => p.onChange({ title })}
      />
      <Field
        label="商家名称"
        value={f.merchantName}
        placeholder="例如：蜀香面馆"
        onChange={(merchantName) => p.onChange({ merchantName })}
      />
      <Text className="field-label">核销账号（商家本人，可不选）</Text>
      {f.merchantUserId ? (
        <View className="shop-row">
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
      <Field
        label="所需积分"
        value={f.pointsPrice}
        number
        max={6}
        placeholder="例如 80"
        onChange={(pointsPrice) => p.onChange({ pointsPrice })}
      />
      <Field
        label="基金成本（元）"
        value={f.cost}
        number
        max={10}
        placeholder="例如 15 或 12.50"
        onChange={(cost) => p.onChange({ cost })}
      />
      <Field
        label="库存（份）"
        value={f.stock}
        number
        max={6}
        placeholder="例如 50"
        onChange={(stock) => p.onChange({ stock })}
      />
      <Field
        label="图片链接（可不填）"
        value={f.photoUrl}
        max={500}
        placeholder="https:// 或 cloud:// 开头"
        onChange={(photoUrl) => p.onChange({ photoUrl })}
      />
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
      <View className="shop-buttons">
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
