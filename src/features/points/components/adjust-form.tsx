import { Text, View } from '@tarojs/components';
import { Notice } from '@/components/notice';
import { Button, Input } from '@/components/ui';

interface Props {
  name: string;
  amount: string;
  reason: string;
  busy: boolean;
  error: string | null;
  done: string | null;
  onAmount: (v: string) => void;
  onReason: (v: string) => void;
  onAward: () => void;
  onDeduct: () => void;
}

/** 奖励 / 扣减 with a reason the resident will see; the page asks to confirm before sending. */
export function AdjustForm(p: Props) {
  return (
    <View className="card">
      <Text className="pts-form-title">奖励或扣减 {p.name} 的积分</Text>
      <Text className="field-label">积分（1–10000 的整数）</Text>
      <Input
        className="field-input"
        type="number"
        value={p.amount}
        maxLength={5}
        placeholder="例如 100"
        onChange={p.onAmount}
      />
      <Text className="field-label">原因（居民会看到）</Text>
      <Input
        className="field-input"
        value={p.reason}
        maxLength={100}
        placeholder="例如：协助重阳宴布置会场"
        onChange={p.onReason}
      />
      {p.error ? <Notice title="没有完成">{p.error}</Notice> : null}
      {p.done ? <Notice tone="success">{p.done}</Notice> : null}
      <View className="button-row">
        <Button type="primary" size="large" loading={p.busy} disabled={p.busy} onClick={p.onAward}>
          奖励积分
        </Button>
        <Button size="large" fill="outline" disabled={p.busy} onClick={p.onDeduct}>
          扣减积分
        </Button>
      </View>
    </View>
  );
}
