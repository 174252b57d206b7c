import Taro, { useRouter } from '@tarojs/taro';

import { useCommunityPage, useHasRole, useSessionStore } from '@/features/session';
import {
  EventInfo,
  EventStatusNotice,
  MyRegistration,
  SignupConfirm,
  SignupPanel,
  VolunteerRoles,
  useEventDetailStore,
} from '@/features/events';
import { BackHome } from '@/components/back-home';
import { Notice } from '@/components/notice';
import { PageState } from '@/components/page-state';
import { confirm } from '@/lib/confirm';
import { ROUTES, routeParam } from '@/lib/routes';
import './index.css';
import { Page } from '@/components/page';

export default function EventPage() {
  const params = useRouter().params;
  const eventId = routeParam(params.id);
  // From the 首页 报名 button: only what, when, where and one button (the quick path for elders).
  const quick = params.confirm === '1';
  const store = useEventDetailStore();
  const communityId = useSessionStore((s) => s.communityId);
  const isVolunteer = useHasRole('volunteer');
  const session = useCommunityPage((s) => (eventId ? store.load(s.communityId, eventId) : undefined));
  const detail = store.detail?.id === eventId ? store.detail : null;
  const mine =
    detail?.myRegistration && detail.myRegistration.status !== 'cancelled' ? detail.myRegistration : null;

  const cancel = async () => {
    if (!communityId || !mine) return;
    const ok = await confirm(
      '取消报名',
      `确定不去“${detail?.title ?? ''}”了吗？取消后座位会让给候补的邻居。`,
      '确定取消',
    );
    if (ok) await store.cancel(communityId);
  };

  return (
    <Page className="event-detail">
      {!eventId ? <Notice>没有指定活动，请从活动列表进入。</Notice> : null}
      {detail ? (
        <>
          {quick ? <SignupConfirm detail={detail} /> : <EventInfo detail={detail} />}
          <EventStatusNotice detail={detail} />
          {store.actionDone ? <Notice tone="success">{store.actionDone}</Notice> : null}
          {store.actionError ? <Notice title="没有办成">{store.actionError}</Notice> : null}
          {detail.status !== 'published' ? null : mine ? (
            <MyRegistration
              registration={mine}
              cancelDeadline={detail.cancelDeadline}
              busy={store.busy}
              onTicket={() => void Taro.navigateTo({ url: ROUTES.ticket(mine.id) })}
              onCancel={() => void cancel()}
            />
          ) : (
            <SignupPanel
              detail={detail}
              partySize={store.partySize}
              submitting={store.submitting}
              error={store.signupError}
              onPartySize={store.setPartySize}
              onSignup={() => communityId && void store.signup(communityId)}
              label={quick ? '确认报名' : undefined}
            />
          )}
          {quick ? null : (
            <VolunteerRoles
              roles={detail.volunteerRoles}
              myShift={detail.myShift}
              isVolunteer={isVolunteer}
              open={detail.status === 'published'}
              busy={store.busy}
              onSignup={(roleId) => communityId && void store.volunteer(communityId, roleId)}
              onCancelShift={() => communityId && void store.cancelShift(communityId)}
            />
          )}
        </>
      ) : eventId ? (
        <PageState
          loading={store.loading || session.status !== 'ready'}
          error={store.loadError ?? session.error}
          onRetry={session.retry}
        />
      ) : null}
      <BackHome />
    </Page>
  );
}
