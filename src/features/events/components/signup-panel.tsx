import type { EventDetail, RegistrationView } from '@linli/types';
import { Text, View } from '@tarojs/components';
import { Notice } from '@/components/notice';
import { RegistrationBadge } from '@/components/registration-badge';
import { Button } from '@/components/ui';
import { EligibilityBox } from './eligibility-box';
import { PartySizePicker, partyLabel } from './party-size-picker';

export function resultText(r: RegistrationView): string {
  if (r.status === 'confirmed') return r.seatNo ? `报名成功 · 座位号 ${r.seatNo}` : '报名成功';
  if (r.status === 'waitlisted') return `已候补 · 第 ${r.waitlistPosition ?? '-'} 位`;
  return '报名已取消';
}

interface Props {
  detail: EventDetail;
  partySize: number;
  submitting: boolean;
  error: string | null;
  onPartySize: (n: number) => void;
  onSignup: () => void;
}

/** Eligibility first, then choices, then the one big button; after sign-up, the result in its place. */
export function SignupPanel({ detail, partySize, submitting, error, onPartySize, onSignup }: Props) {
  const mine = detail.myRegistration;
  if (mine && mine.status !== 'cancelled') {
    return (
      <Notice tone="success" title={resultText(mine)}>
        <View className="signup__mine">
          <RegistrationBadge registration={mine} />
          <Text className="signup__party">{partyLabel(mine.partySize)}</Text>
        </View>
      </Notice>
    );
  }

  const full = detail.seatsLeft <= 0;
  const label = full && detail.waitlistEnabled ? '报名候补' : '报名';
  const canTap = detail.eligibility.eligible && (!full || detail.waitlistEnabled);
  return (
    <View className="signup">
      <EligibilityBox detail={detail} />
      {detail.eligibility.eligible ? (
        <PartySizePicker max={detail.maxPartySize} value={partySize} onChange={onPartySize} />
      ) : null}
      {error ? <Notice title="报名没有成功">{error}</Notice> : null}
      {full && !detail.waitlistEnabled ? <Notice tone="info">名额已满，本活动不设候补。</Notice> : null}
      <View className="row-gap">
        <Button type="primary" size="large" block disabled={!canTap} loading={submitting} onClick={onSignup}>
          {submitting ? '正在报名…' : label}
        </Button>
      </View>
    </View>
  );
}
