import type { RedemptionView } from '@linli/types';
import { Text, View } from '@tarojs/components';
import { Notice } from '@/components/notice';
import { Button, Input } from '@/components/ui';
import { spacedCode } from '../code';

interface Props {
  code: string;
  busy: boolean;
  result: RedemptionView | null;
  error: string | null;
  scan: boolean;
  onCode: (v: string) => void;
  onSubmit: () => void;
  onScan: () => void;
}

/** Scan (WeChat) or type the 8-character code; the answer stays on screen. */
export function FulfilBox({ code, busy, result, error, scan, onCode, onSubmit, onScan }: Props) {
  return (
    <View className="card">
      <Text className="shop-box__title">核销兑换券</Text>
      {scan ? (
        <Button type="primary" size="large" block loading={busy} onClick={onScan}>
          扫描居民的兑换码
        </Button>
      ) : null}
      <Text className="field-label">{scan ? '或输入 8 位兑换码' : '输入居民出示的 8 位兑换码'}</Text>
      <Input
        className="field-input shop-box__input"
        value={code}
        maxLength={12}
        placeholder="例如 AB12 CD34"
        onChange={onCode}
        onConfirm={onSubmit}
      />
      <View className="row-gap">
        <Button
          type={scan ? 'default' : 'primary'}
          size="large"
          block
          loading={busy && !scan}
          onClick={onSubmit}
        >
          核销
        </Button>
      </View>
      {result ? (
        <Notice tone="success" title="核销成功">
          {`${result.itemTitle} · 兑换人 ${result.holderName} · 兑换码 ${spacedCode(result.code)}`}
        </Notice>
      ) : null}
      {error ? <Notice title="核销没有成功">{error}</Notice> : null}
    </View>
  );
}
