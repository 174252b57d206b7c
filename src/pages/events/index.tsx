import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { useCommunityPage, useSessionStore } from '@/features/session';
import { CategoryFilter, useEventsListStore } from '@/features/events';
import { EventCard } from '@/components/event-card';
import { EmptyState } from '@/components/empty-state';
import { PageState } from '@/components/page-state';
import { ROUTES } from '@/lib/routes';
import './index.css';
import { Page } from '@/components/page';

export default function EventsPage() {
  const { items, category, loaded, loading, error, load, setCategory } = useEventsListStore();
  const session = useCommunityPage((s) => load(s.communityId));
  const communityId = useSessionStore((s) => s.communityId);

  return (
    <Page>
      <CategoryFilter value={category} onChange={(c) => communityId && void setCategory(communityId, c)} />
      <PageState
        loading={!loaded && (loading || session.status !== 'ready')}
        error={error ?? session.error}
        onRetry={session.retry}
      />
      {loaded && items.length === 0 ? (
        <EmptyState
          text={category ? '这个类别暂时没有活动' : '暂时还没有活动'}
          actionText={category ? '看全部活动' : '回到首页'}
          onAction={() =>
            category && communityId
              ? void setCategory(communityId, null)
              : void Taro.switchTab({ url: ROUTES.home })
          }
        />
      ) : null}
      <View className="events__list">
        {items.map((e) => (
          <EventCard key={e.id} event={e} onOpen={(id) => void Taro.navigateTo({ url: ROUTES.event(id) })} />
        ))}
      </View>
    </Page>
  );
}
