import type { CheckInResult } from '@linli/types';
import { Text, View } from '@tarojs/components';
import { Notice } from '@/components/notice';
import { Button, Input } from '@/components/ui';

export function checkInText(r: CheckInResult): string {
  const seats = r.seatNos.length ? ` · 座位 ${r.seatNos.join('、')}` : '';
  const party = r.partySize > 1 ? ` · 共 ${r.partySize} 人` : '';
  return `${r.alreadyCheckedIn ? '已签到过' : '签到成功'} · ${r.name}${seats}${party}`;
}

interface Props {
  code: string;
  checking: boolean;
  result: CheckInResult | null;
  error: string | null;
  scan: boolean;
  onCode: (v: string) => void;
  onSubmit: () => void;
  onScan: () => void;
}

/** Scan (WeChat) or type the code under the resident's QR; the answer stays on screen. */
export function CheckInBox({ code, checking, result, error, scan, onCode, onSubmit, onScan }: Props) {
  return (
    <View className="card check-in">
      <Text className="check-in__title">扫码签到</Text>
      {scan ? (
        <Button type="primary" size="large" block loading={checking} onClick={onScan}>
          扫描居民二维码
        </Button>
      ) : null}
      <Text className="field-label">{scan ? '或输入核验码' : '输入核验码（居民二维码下方）'}</Text>
      <Input
        className="field-input"
        value={code}
        maxLength={200}
        placeholder="L1.…"
        onChange={onCode}
        onConfirm={onSubmit}
      />
      <View className="row-gap">
        <Button
          type={scan ? 'default' : 'primary'}
          size="large"
          block
          loading={checking && !scan}
          onClick={onSubmit}
        >
          核验签到
        </Button>
      </View>
      {result ? (
        <Notice tone={result.alreadyCheckedIn ? 'info' : 'success'} title={checkInText(result)}>
          {result.alreadyCheckedIn ? '此前已经签到，无需重复签到。' : '请引导入座。'}
        </Notice>
      ) : null}
      {error ? <Notice title="签到没有成功">{error}</Notice> : null}
    </View>
  );
}
