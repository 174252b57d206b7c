import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useCommunityPage } from '@/features/session';
import { StaffEventRow, useStaffStore } from '@/features/staff';
import { BackHome } from '@/components/back-home';
import { EmptyState } from '@/components/empty-state';
import { PageState } from '@/components/page-state';
import { Button } from '@/components/ui';
import { ROUTES } from '@/lib/routes';
import './index.css';
import { Page } from '@/components/page';

export default function StaffEventsPage() {
  const { events, eventsLoaded, loading, error, loadEvents } = useStaffStore();
  const session = useCommunityPage((s) => loadEvents(s.communityId));

  return (
    <Page className="staff-events">
      <Text className="section-title">社区工作台 · 活动</Text>
      <Button
        type="primary"
        size="large"
        block
        onClick={() => void Taro.navigateTo({ url: ROUTES.staffManage() })}
      >
        新建活动
      </Button>
      <View className="row-gap">
        <Button
          size="large"
          block
          fill="outline"
          onClick={() => void Taro.navigateTo({ url: ROUTES.staffAppeals })}
        >
          民情诉求：分派、清单、网格、月报
        </Button>
      </View>
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
      <View className="row-gap">
        {events.map((e) => (
          <StaffEventRow
            key={e.id}
            event={e}
            onOpen={(ev) => void Taro.navigateTo({ url: ROUTES.staffManage(ev.id) })}
          />
        ))}
      </View>
      <BackHome />
    </Page>
  );
}
