import type { RedemptionView } from '@linli/types';
import { Notice } from '@/components/notice';
import { CodeEntryBox, type CodeEntry } from '@/components/code-entry-box';
import { spacedCode } from '../code';

interface Props extends CodeEntry {
  result: RedemptionView | null;
  error: string | null;
}

/** Scan (WeChat) or type the 8-character code; the answer stays on screen. */
export function FulfilBox({ result, error, ...entry }: Props) {
  return (
    <CodeEntryBox
      {...entry}
      className="card"
      title="核销兑换券"
      titleClassName="shop-box__title"
      scanText="扫描居民的兑换码"
      inputLabel={{ scan: '或输入 8 位兑换码', typed: '输入居民出示的 8 位兑换码' }}
      inputClassName="field-input shop-box__input"
      placeholder="例如 AB12 CD34"
      maxLength={12}
      submitText="核销"
    >
      {result ? (
        <Notice tone="success" title="核销成功">
          {`${result.itemTitle} · 兑换人 ${result.holderName} · 兑换码 ${spacedCode(result.code)}`}
        </Notice>
      ) : null}
      {error ? <Notice title="核销没有成功">{error}</Notice> : null}
    </CodeEntryBox>
  );
}
