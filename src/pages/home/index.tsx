import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useCommunityPage, useHasRole, useSessionStore } from '@/features/session';
import {
  AnnouncementsCard,
  FundCard,
  QuickSignup,
  StaffEntry,
  SurveyCard,
  featuredEvent,
  useHomeStore,
  useSurveyEntryStore,
} from '@/features/home';
import { FundEntry } from '@/features/fund/entry';
import { AppealEntry } from '@/features/appeals/entry';
import { VoteEntry } from '@/features/deliberation/entry';
import { EventCard } from '@/components/event-card';
import { EmptyState } from '@/components/empty-state';
import { PageState } from '@/components/page-state';
import { ROUTES } from '@/lib/routes';
import './index.css';
import { Page } from '@/components/page';

export default function HomePage() {
  const { data, loading, error, load } = useHomeStore();
  const survey = useSurveyEntryStore((s) => s.survey);
  const session = useCommunityPage((s) => {
    void useSurveyEntryStore.getState().load(s.communityId);
    return load(s.communityId);
  });
  const isStaff = useHasRole('staff');
  const canProxy = useHasRole('grid_worker', 'staff');
  const isGridWorker = useHasRole('grid_worker');
  const birthYear = useSessionStore((s) => s.me?.birthYear ?? null);
  const communityId = useSessionStore((s) => s.communityId);

  if (!data) {
    return (
      <Page>
        <PageState
          loading={loading || session.status !== 'ready'}
          error={error ?? session.error}
          onRetry={session.retry}
        />
      </Page>
    );
  }

  const openEvent = (id: string) => void Taro.navigateTo({ url: ROUTES.event(id) });
  const mine = data.mine ?? [];
  const featured = featuredEvent(data.upcoming, birthYear, new Date(), new Set(mine.map((r) => r.eventId)));
  const myPlace = featured ? (mine.find((r) => r.eventId === featured.id) ?? null) : null;
  return (
    <Page className="home">
      <View className="home__header">
        <Text className="home__community">{data.community.name}</Text>
        <Text className="muted">
          {data.community.district} · {data.community.street}
        </Text>
      </View>
      <AnnouncementsCard
        items={data.announcements ?? []}
        onOpen={(id) => void Taro.navigateTo({ url: ROUTES.announcement(id) })}
      />
      {featured ? (
        <QuickSignup
          event={featured}
          registration={myPlace}
          onTicket={(id) => void Taro.navigateTo({ url: ROUTES.ticket(id) })}
          onOpen={openEvent}
          onSignup={(id) => void Taro.navigateTo({ url: ROUTES.signup(id) })}
        />
      ) : null}
      {communityId ? <VoteEntry communityId={communityId} /> : null}
      <AppealEntry gridWorker={isGridWorker} />
      <SurveyCard survey={survey} paper={canProxy} staff={isStaff} />
      <FundCard fund={data.fund} />
      <FundEntry />
      {isStaff || canProxy ? <StaffEntry staff={isStaff} proxy={canProxy} /> : null}
      <Text className="section-title">近期活动</Text>
      {data.upcoming.length === 0 ? (
        <EmptyState
          text="近期还没有活动"
          actionText="看看全部活动"
          onAction={() => void Taro.switchTab({ url: ROUTES.events })}
        />
      ) : (
        data.upcoming.map((e) => <EventCard key={e.id} event={e} onOpen={openEvent} />)
      )}
    </Page>
  );
}
