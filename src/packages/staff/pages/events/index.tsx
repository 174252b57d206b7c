import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useCommunityPage } from '@/features/session';
import { StaffEventRow, useStaffStore } from '@/features/staff';
import { BackHome } from '@/components/back-home';
import { EmptyState } from '@/components/empty-state';
import { PageState } from '@/components/page-state';
import { ROUTES } from '@/lib/routes';
import './index.css';

export default function StaffEventsPage() {
  const { events, eventsLoaded, loading, error, loadEvents } = useStaffStore();
  const session = useCommunityPage((s) => loadEvents(s.communityId));

  return (
    <View className="page staff-events">
      <Text className="section-title">社区工作台 · 活动</Text>
      <PageState
        loading={!eventsLoaded && (loading || session.status !== 'ready')}
        error={error ?? session.error}
        onRetry={session.retry}
      />
      {eventsLoaded && events.length === 0 ? (
        <EmptyState
          text="还没有活动"
          actionText="回到首页"
          onAction={() => void Taro.switchTab({ url: ROUTES.home })}
        />
      ) : null}
      {events.map((e) => (
        <StaffEventRow
          key={e.id}
          event={e}
          onOpen={(ev) => void Taro.navigateTo({ url: ROUTES.staffRoster(ev.id, ev.title) })}
        />
      ))}
      <BackHome />
    </View>
  );
}
