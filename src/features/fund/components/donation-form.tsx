import { DONATION_SOURCES, DONATION_SOURCE_LABELS } from '@linli/types';
import { Text, View } from '@tarojs/components';
import { Chips } from '@/components/chips';
import { Notice } from '@/components/notice';
import { Button } from '@/components/ui';
import type { DonationForm as Fields } from '../stores/donation-store';
import { TextField } from '@/components/text-field';

interface Props {
  fields: Fields;
  saving: boolean;
  error: string | null;
  onChange: (patch: Partial<Fields>) => void;
  onSubmit: () => void;
}

export function DonationForm({ fields: f, saving, error, onChange, onSubmit }: Props) {
  const cash = f.form === 'cash';
  return (
    <View className="card">
      <Text className="field-label">捐赠来源</Text>
      <Chips
        label="捐赠来源"
        options={DONATION_SOURCES.map((s) => ({ value: s, label: DONATION_SOURCE_LABELS[s] }))}
        value={f.source}
        onChange={(source) => onChange({ source })}
      />
      <Text className="field-label">捐赠形式</Text>
      <Chips
        label="捐赠形式"
        options={[
          { value: 'cash', label: '现金' },
          { value: 'in_kind', label: '物资' },
        ]}
        value={f.form}
        onChange={(form) => onChange({ form })}
      />
      <TextField
        label="捐赠人或单位"
        value={f.donorName}
        maxLength={40}
        placeholder="例如：蜀香面馆"
        onChange={(donorName) => onChange({ donorName })}
      />
      <Text className="field-label">是否同意在公示栏公开名字</Text>
      <Chips
        label="是否公开名字"
        options={[
          { value: 'yes', label: '同意公开' },
          { value: 'no', label: '不公开（显示为爱心人士）' },
        ]}
        value={f.publicConsent ? 'yes' : 'no'}
        onChange={(v) => onChange({ publicConsent: v === 'yes' })}
      />
      <TextField
        label={cash ? '金额（元）' : '物资估值（元）'}
        value={f.amount}
        keyboard="digit"
        maxLength={13}
        placeholder="例如 500 或 12.50"
        onChange={(amount) => onChange({ amount })}
      />
      <TextField
        label={cash ? '说明（可不填）' : '捐赠物资'}
        value={f.itemsDesc}
        placeholder={cash ? '例如：重阳义卖所得' : '例如：食用油 1.8L × 40 桶'}
        onChange={(itemsDesc) => onChange({ itemsDesc })}
      />
      <TextField
        label="凭证链接（可不填）"
        value={f.evidenceUrl}
        maxLength={500}
        placeholder="https:// 或 cloud:// 开头"
        onChange={(evidenceUrl) => onChange({ evidenceUrl })}
      />
      {error ? <Notice title="没有登记成功">{error}</Notice> : null}
      <View className="row-gap">
        <Button type="primary" size="large" block loading={saving} onClick={onSubmit}>
          登记捐赠
        </Button>
      </View>
    </View>
  );
}
