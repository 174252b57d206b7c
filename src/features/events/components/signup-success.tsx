import type { RegistrationView } from '@linli/types';
import { Text, View } from '@tarojs/components';
import { formatDate, formatDateTime } from '@/lib/format';
import { local } from '@/lib/dayjs';
import { partyLabel } from './party-size-picker';

/** 报名成功: the seat number and the date, big enough to read without glasses. */
export function SignupSuccess({ registration: r }: { registration: RegistrationView }) {
  const seats = r.seatNos.length > 1 ? r.seatNos.join('、') : String(r.seatNo ?? '-');
  return (
    <View className="success" role="status">
      <Text className="success__title">✓ 报名成功</Text>
      <View className="success__row">
        <Text className="success__label">座位号</Text>
        <Text className="success__seat" aria-label={`座位号 ${seats}`}>
          {seats}
        </Text>
      </View>
      <View className="success__row">
        <Text className="success__label">日期</Text>
        <Text className="success__date">
          {formatDate(r.startsAt)} {local(r.startsAt).format('HH:mm')}
        </Text>
      </View>
      <Text className="success__line">地点：{r.place}</Text>
      <Text className="success__line">参加：{partyLabel(r.partySize)}</Text>
      {r.proxyByName ? <Text className="success__line">由 {r.proxyByName} 代报名</Text> : null}
      {r.checkedInAt ? <Text className="success__line">已签到 {formatDateTime(r.checkedInAt)}</Text> : null}
    </View>
  );
}
