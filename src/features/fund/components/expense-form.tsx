import type { StaffEventRow } from '@linli/types';
import { Text, View } from '@tarojs/components';
import { ChoiceList } from '@/components/choice-list';
import { Notice } from '@/components/notice';
import { Button } from '@/components/ui';
import { formatDate } from '@/lib/format';
import type { ExpenseForm as Fields } from '../stores/expense-form-store';
import { TextField } from '@/components/text-field';

interface Props {
  fields: Fields;
  events: StaffEventRow[];
  saving: boolean;
  error: string | null;
  onChange: (patch: Partial<Fields>) => void;
  onSubmit: () => void;
}

const NONE = '__none__';

export function ExpenseForm({ fields: f, events, saving, error, onChange, onSubmit }: Props) {
  return (
    <View className="card">
      <TextField
        label="金额（元）"
        value={f.amount}
        keyboard="digit"
        maxLength={13}
        placeholder="例如 800 或 35.50"
        onChange={(amount) => onChange({ amount })}
      />
      <TextField
        label="用途"
        value={f.purpose}
        placeholder="例如：重阳敬老宴桌椅租赁"
        onChange={(purpose) => onChange({ purpose })}
        hint="居民会在公示栏看到用途和审批过程。"
      />
      {events.length ? (
        <>
          <Text className="field-label">关联活动（可不选）</Text>
          <ChoiceList
            label="关联活动"
            choices={[
              { value: NONE, title: '不关联活动' },
              ...events.map((e) => ({ value: e.id, title: e.title, note: formatDate(e.startsAt) })),
            ]}
            value={f.eventId ?? NONE}
            onChange={(v) => onChange({ eventId: v === NONE ? null : v })}
          />
        </>
      ) : null}
      <TextField
        label="凭证链接（可不填）"
        value={f.evidenceUrl}
        maxLength={500}
        placeholder="https:// 或 cloud:// 开头"
        onChange={(evidenceUrl) => onChange({ evidenceUrl })}
      />
      {error ? <Notice title="没有提交成功">{error}</Notice> : null}
      <View className="row-gap">
        <Button type="primary" size="large" block loading={saving} onClick={onSubmit}>
          提交支出申请
        </Button>
      </View>
    </View>
  );
}
