import type { EventDetail } from '@linli/types';
import { View } from '@tarojs/components';
import { Notice } from '@/components/notice';
import { Button } from '@/components/ui';
import { EligibilityBox } from './eligibility-box';
import { PartySizePicker } from './party-size-picker';

interface Props {
  detail: EventDetail;
  partySize: number;
  submitting: boolean;
  error: string | null;
  onPartySize: (n: number) => void;
  onSignup: () => void;
  /** The button's words when sign-up is open (default 报名). */
  label?: string;
}

/** Eligibility first, then choices, then the one big button. */
export function SignupPanel({
  detail,
  partySize,
  submitting,
  error,
  onPartySize,
  onSignup,
  label: openLabel = '报名',
}: Props) {
  const full = detail.seatsLeft <= 0;
  const label = full && detail.waitlistEnabled ? '报名候补' : openLabel;
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
