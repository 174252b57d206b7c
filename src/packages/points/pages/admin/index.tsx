import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useCommunityPage, useSessionStore } from '@/features/session';
import { InvariantList, OverviewPanel, useHasRole, usePointsAdminStore } from '@/features/points';
import { BackHome } from '@/components/back-home';
import { Notice } from '@/components/notice';
import { PageState } from '@/components/page-state';
import { Button } from '@/components/ui';
import { ROUTES } from '@/lib/routes';
import './index.css';
import { Page } from '@/components/page';

/** Staff and admin run points here; committee members see the overview and may run the check. */
export default function PointsAdminPage() {
  const store = usePointsAdminStore();
  const session = useCommunityPage((s) => store.load(s.communityId));
  const communityId = useSessionStore((s) => s.communityId);
  const isStaff = useHasRole('staff');

  return (
    <Page className="pts-admin">
      {isStaff ? (
        <View>
          <Button
            block
            size="large"
            type="primary"
            onClick={() => void Taro.navigateTo({ url: ROUTES.pointsResidents })}
          >
            居民积分：奖励 / 扣减
          </Button>
          <View className="row-gap">
            <Button
              block
              size="large"
              fill="outline"
              onClick={() => void Taro.navigateTo({ url: ROUTES.pointsApplications })}
            >
              志愿者认证审核
            </Button>
          </View>
        </View>
      ) : null}
      <Text className="section-title">积分总览</Text>
      {store.overview ? (
        <OverviewPanel overview={store.overview} />
      ) : (
        <PageState
          loading={store.loading || session.status !== 'ready'}
          error={store.error ?? session.error}
          onRetry={session.retry}
        />
      )}
      <Text className="section-title">账目核对</Text>
      <Text className="muted">逐项核对积分和基金的每一笔账，结果会在公示栏公开。</Text>
      <View className="row-gap">
        <Button
          block
          size="large"
          type="primary"
          loading={store.checking}
          onClick={() => communityId && void store.check(communityId)}
        >
          立即核对账目
        </Button>
      </View>
      {store.checkError ? <Notice title="没有核对成功">{store.checkError}</Notice> : null}
      {store.report ? (
        <View className="row-gap">
          <InvariantList report={store.report} />
        </View>
      ) : null}
      <BackHome />
    </Page>
  );
}
