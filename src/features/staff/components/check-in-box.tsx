import type { CheckInResult } from '@linli/types';
import { Notice } from '@/components/notice';
import { CodeEntryBox, type CodeEntry } from '@/components/code-entry-box';

export function checkInText(r: CheckInResult): string {
  const seats = r.seatNos.length ? ` · 座位 ${r.seatNos.join('、')}` : '';
  const party = r.partySize > 1 ? ` · 共 ${r.partySize} 人` : '';
  return `${r.alreadyCheckedIn ? '已签到过' : '签到成功'} · ${r.name}${seats}${party}`;
}

interface Props extends CodeEntry {
  result: CheckInResult | null;
  error: string | null;
}

/** Scan (WeChat) or type the code under the resident's QR; the answer stays on screen. */
export function CheckInBox({ result, error, ...entry }: Props) {
  return (
    <CodeEntryBox
      {...entry}
      className="card check-in"
      title="扫码签到"
      titleClassName="check-in__title"
      scanText="扫描居民二维码"
      inputLabel={{ scan: '或输入核验码', typed: '输入核验码（居民二维码下方）' }}
      placeholder="L1.…"
      maxLength={200}
      submitText="核验签到"
    >
      {result ? (
        <Notice tone={result.alreadyCheckedIn ? 'info' : 'success'} title={checkInText(result)}>
          {result.alreadyCheckedIn ? '此前已经签到，无需重复签到。' : '请引导入座。'}
        </Notice>
      ) : null}
      {error ? <Notice title="签到没有成功">{error}</Notice> : null}
    </CodeEntryBox>
  );
}
