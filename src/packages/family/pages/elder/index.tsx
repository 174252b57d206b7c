import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useCommunityPage, useSessionStore } from '@/features/session';
import { signableEvents, useElderSignupsStore } from '@/features/family';
import { BackHome } from '@/components/back-home';
import { Notice } from '@/components/notice';
import { Page } from '@/components/page';
import { PageState } from '@/components/page-state';
import { RegistrationBadge } from '@/components/registration-badge';
import { Button } from '@/components/ui';
import { formatDateTime } from '@/lib/format';
import { ROUTES, routeParam } from '@/lib/routes';

/** A relative signs up a linked elder and sees the elder's registrations. */
export default function ElderSignupsPage() {
  const params = useRouter().params;
  const elderId = routeParam(params.elderId);
  const name = routeParam(params.name) || '家人';
  const store = useElderSignupsStore();
  const session = useCommunityPage((s) => (elderId ? store.load(s.communityId, elderId) : undefined));
  const communityId = useSessionStore((s) => s.communityId);
  const ready = store.elderId === elderId && !store.loading && !store.error;
  const open = signableEvents(store.events, store.registrations, Date.now());
  const held = store.registrations.filter((r) => r.status !== 'cancelled');

  return (
    <Page className="family-elder">
      <Text className="section-title">{name}的报名</Text>
      {store.done ? (
        <Notice tone="success" title={`已为${name}报名`}>
          {store.done.eventTitle}
          {store.done.status === 'confirmed'
            ? ` · 座位号 ${store.done.seatNos.join('、')}`
            : ` · 候补第 ${store.done.waitlistPosition ?? '-'} 位`}
        </Notice>
      ) : null}
      {store.actionError ? <Notice title="没有报上名">{store.actionError}</Notice> : null}
      {!ready ? (
        <PageState
          loading={store.loading || session.status !== 'ready'}
          error={store.error ?? session.error}
          onRetry={session.retry}
        />
      ) : (
        <>
          {held.length === 0 ? <Text className="muted">{name}还没有报名。</Text> : null}
          {held.map((r) => (
            <View key={r.id} className="card">
              <Text className="event-card__title">{r.eventTitle}</Text>
              <Text className="event-card__line">{formatDateTime(r.startsAt)}</Text>
              {r.proxyByName ? <Text className="event-card__line">由 {r.proxyByName} 代报名</Text> : null}
              <RegistrationBadge registration={r} />
              {r.status === 'confirmed' && elderId ? (
                <View className="row-gap">
                  <Button
                    type="primary"
                    size="large"
                    block
                    onClick={() => void Taro.navigateTo({ url: ROUTES.familyTicket(elderId, r.id) })}
                  >
                    查看二维码
                  </Button>
                </View>
              ) : null}
            </View>
          ))}
          <Text className="section-title">可以替{name}报名的活动</Text>
          {open.length === 0 ? <Text className="muted">现在没有正在报名的活动。</Text> : null}
          {open.map((e) => (
            <View key={e.id} className="card">
              <Text className="event-card__title">{e.title}</Text>
              <Text className="event-card__line">{formatDateTime(e.startsAt)}</Text>
              <Text className="event-card__line">{e.place}</Text>
              <View className="row-gap">
                <Button
                  type="primary"
                  size="large"
                  block
                  loading={store.busyId === e.id}
                  disabled={store.busyId !== null}
                  onClick={() => communityId && void store.signup(communityId, e.id)}
                >
                  替{name}报名
                </Button>
              </View>
            </View>
          ))}
        </>
      )}
      <BackHome />
    </Page>
  );
}
