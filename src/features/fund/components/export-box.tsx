import { Text, View } from '@tarojs/components';
import { Chips } from '@/components/chips';
import { Notice } from '@/components/notice';
import { Button } from '@/components/ui';

interface Props {
  months: string[];
  month: string;
  exporting: boolean;
  error: string | null;
  done: string | null;
  onMonth: (m: string) => void;
  onExport: () => void;
}

const label = (m: string) => `${m.slice(0, 4)}年${Number(m.slice(5))}月`;

/** The month's statement as a spreadsheet: downloaded in a browser, opened for forwarding in WeChat. */
export function ExportBox({ months, month, exporting, error, done, onMonth, onExport }: Props) {
  return (
    <View className="card">
      <Text className="field-label">选择月份</Text>
      <Chips
        label="月份"
        options={months.map((m) => ({ value: m, label: label(m) }))}
        value={month}
        onChange={onMonth}
      />
      {error ? <Notice title="没有导出成功">{error}</Notice> : null}
      {done ? <Notice tone="success">{done}</Notice> : null}
      <View className="row-gap">
        <Button type="primary" size="large" block loading={exporting} onClick={onExport}>
          导出 {label(month)} 收支明细
        </Button>
      </View>
    </View>
  );
}
