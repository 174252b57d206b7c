import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { Button, Input } from './ui';

/** What the page hands a code box: the typed code, whether it is working, and what the taps do. */
export interface CodeEntry {
  code: string;
  busy: boolean;
  /** The camera scanner is there (WeChat); otherwise the code is typed. */
  scan: boolean;
  onCode: (v: string) => void;
  onSubmit: () => void;
  onScan: () => void;
}

interface Props extends CodeEntry {
  className: string;
  title: string;
  titleClassName: string;
  scanText: string;
  /** The input's label with and without a scanner beside it. */
  inputLabel: { scan: string; typed: string };
  inputClassName?: string;
  placeholder: string;
  maxLength: number;
  submitText: string;
  /** The answer (and any refusal), which stays on screen under the box. */
  children?: ReactNode;
}

/** Scan a resident's code (WeChat) or type it: staff check-in and merchant fulfilment share this. */
export function CodeEntryBox(p: Props) {
  return (
    <View className={p.className}>
      <Text className={p.titleClassName}>{p.title}</Text>
      {p.scan ? (
        <Button type="primary" size="large" block loading={p.busy} onClick={p.onScan}>
          {p.scanText}
        </Button>
      ) : null}
      <Text className="field-label">{p.scan ? p.inputLabel.scan : p.inputLabel.typed}</Text>
      <Input
        className={p.inputClassName ?? 'field-input'}
        value={p.code}
        maxLength={p.maxLength}
        placeholder={p.placeholder}
        onChange={p.onCode}
        onConfirm={p.onSubmit}
      />
      <View className="row-gap">
        <Button
          type={p.scan ? 'default' : 'primary'}
          size="large"
          block
          loading={p.busy && !p.scan}
          onClick={p.onSubmit}
        >
          {p.submitText}
        </Button>
      </View>
      {p.children}
    </View>
  );
}
