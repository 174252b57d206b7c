import type { RegistrationView } from '@linli/types';
import { Text, View } from '@tarojs/components';
import { Notice } from '@/components/notice';
import { Button } from '@/components/ui';
import { formatDateTime } from '@/lib/format';
import { partyLabel } from './party-size-picker';
import { SignupSuccess } from './signup-success';

export function resultText(r: RegistrationView): string {
  if (r.status === 'confirmed') return r.seatNo ? `报名成功 · 座位号 ${r.seatNo}` : '报名成功';
  if (r.status === 'waitlisted') return `已候补 · 第 ${r.waitlistPosition ?? '-'} 位`;
  return '报名已取消';
}

interface Props {
  registration: RegistrationView;
  cancelDeadline: string;
  busy: boolean;
  onTicket: () => void;
  onCancel: () => void;
}

/** What the person holds for this event, and the two things they may want to do with it. */
export function MyRegistration({ registration: r, cancelDeadline, busy, onTicket, onCancel }: Props) {
  return (
    <View className="signup">
      {r.status === 'confirmed' ? (
        <SignupSuccess registration={r} />
      ) : (
        <Notice tone="info" title={resultText(r)}>
          <View className="signup__mine">
            <Text className="signup__party">参加：{partyLabel(r.partySize)}</Text>
            {r.proxyByName ? <Text className="signup__party">由 {r.proxyByName} 代报名</Text> : null}
            {r.status === 'waitlisted' ? (
              <Text className="signup__party">
                有人取消时按顺序递补，递补成功会在“我的 › 消息”里告诉您（您同意过微信通知的，也会发微信）。
              </Text>
            ) : null}
          </View>
        </Notice>
      )}
      {r.status === 'confirmed' ? (
        <Button type="primary" size="large" block onClick={onTicket}>
          查看二维码
        </Button>
      ) : null}
      {r.canCancel ? (
        <View className="row-gap">
          <Button size="large" block fill="outline" loading={busy} disabled={busy} onClick={onCancel}>
            取消报名
          </Button>
        </View>
      ) : (
        <Text className="signup__hint">
          {r.checkedInAt
            ? '您已签到，祝您活动愉快。'
            : `取消截止时间（${formatDateTime(cancelDeadline)}）已过，如需取消请联系社区工作人员。`}
        </Text>
      )}
    </View>
  );
}
