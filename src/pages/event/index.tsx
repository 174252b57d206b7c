import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { useCommunityPage, useSessionStore } from '@/features/session';
import { EventInfo, SignupPanel, useEventDetailStore } from '@/features/events';
import { BackHome } from '@/components/back-home';
import { Notice } from '@/components/notice';
import { PageState } from '@/components/page-state';
import { routeParam } from '@/lib/routes';
import './index.css';

export default function EventPage() {
  const eventId = routeParam(useRouter().params.id);
  const store = useEventDetailStore();
  const communityId = useSessionStore((s) => s.communityId);
  const session = useCommunityPage((s) => (eventId ? store.load(s.communityId, eventId) : undefined));
  const detail = store.detail?.id === eventId ? store.detail : null;

  return (
    <View className="page event-detail">
      {!eventId ? <Notice>没有指定活动，请从活动列表进入。</Notice> : null}
      {detail ? (
        <>
          <EventInfo detail={detail} />
          <SignupPanel
            detail={detail}
            partySize={store.partySize}
            submitting={store.submitting}
            error={store.signupError}
            onPartySize={store.setPartySize}
            onSignup={() => communityId && void store.signup(communityId)}
          />
        </>
      ) : eventId ? (
        <PageState
          loading={store.loading || session.status !== 'ready'}
          error={store.loadError ?? session.error}
          onRetry={session.retry}
        />
      ) : null}
      <BackHome />
    </View>
  );
}
