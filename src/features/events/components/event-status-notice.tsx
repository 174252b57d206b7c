import type { EventDetail } from '@linli/types';
import { Notice } from '@/components/notice';

/** A cancelled or finished event says so plainly, instead of a sign-up button that cannot work. */
export function EventStatusNotice({ detail }: { detail: EventDetail }) {
  if (detail.status === 'cancelled') {
    return (
      <Notice tone="info" title="活动已取消">
        {detail.cancelReason ? `取消原因：${detail.cancelReason}` : '社区已取消本次活动。'}
        {detail.myRegistration ? ' 您的报名已自动取消。' : ''}
      </Notice>
    );
  }
  if (detail.status === 'finished') {
    return (
      <Notice tone="info" title="活动已结束">
        感谢参与，请留意社区的下一次活动。
      </Notice>
    );
  }
  return null;
}
