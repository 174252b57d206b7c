import type { FamilyCode } from '@linli/types';
import { Text, View } from '@tarojs/components';
import { Button } from '@/components/ui';
import { local } from '@/lib/dayjs';

interface Props {
  code: FamilyCode | null;
  busy: boolean;
  onMake: () => void;
}

/** The elder's side: a code to read out or show to a relative. */
export function FamilyCodeBox({ code, busy, onMake }: Props) {
  return (
    <View className="card">
      <Text className="family__title">让家人帮我报名</Text>
      <Text className="muted">
        生成家人码，给家人看或念给家人听。家人在自己的手机上输入后，就能替您报名、查看您的报名。
      </Text>
      {code ? (
        <View className="family__code-box">
          <Text className="family__code" aria-label={`家人码 ${code.code}`}>
            {code.code.slice(0, 4)} {code.code.slice(4)}
          </Text>
          <Text className="family__note">{local(code.expiresAt).format('HH:mm')} 前有效，只能用一次</Text>
        </View>
      ) : null}
      <View className="row-gap">
        <Button type="primary" size="large" block loading={busy} disabled={busy} onClick={onMake}>
          {code ? '重新生成家人码' : '生成家人码'}
        </Button>
      </View>
    </View>
  );
}
