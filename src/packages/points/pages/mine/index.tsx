import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useCommunityPage, useSessionStore } from '@/features/session';
import { PointsHistory, PointsSummaryCard, useMyPointsStore } from '@/features/points';
import { BackHome } from '@/components/back-home';
import { PageState } from '@/components/page-state';
import { Button } from '@/components/ui';
import { ROUTES } from '@/lib/routes';
import './index.css';
import { Page } from '@/components/page';

export default function MyPointsPage() {
  const store = useMyPointsStore();
  const session = useCommunityPage((s) => store.loadSummary(s.communityId));
  const summary = store.summary;
  const communityId = useSessionStore((s) => s.communityId);

  return (
    <Page className="pts-mine">
      {summary ? (
        <>
          <PointsSummaryCard summary={summary} />
          <View className="pts-links">
            <Button
              block
              size="large"
              type="primary"
              onClick={() => void Taro.navigateTo({ url: ROUTES.shopItems })}
            >
              去积分超市兑换
            </Button>
            <Button
              block
              size="large"
              fill="outline"
              onClick={() => void Taro.navigateTo({ url: ROUTES.pointsCertificate })}
            >
              志愿服务记录证明
            </Button>
          </View>
          <Text className="section-title">积分明细</Text>
          <PointsHistory
            entries={[...summary.recent, ...store.older]}
            empty="参加活动、做志愿服务都能获得积分。"
          />
          {store.moreError ? <Text className="muted">{store.moreError}</Text> : null}
          {store.more && communityId ? (
            <Button
              block
              size="large"
              fill="outline"
              loading={store.loadingMore}
              disabled={store.loadingMore}
              onClick={() => void store.loadMore(communityId)}
            >
              查看更早的记录
            </Button>
          ) : null}
        </>
      ) : (
        <PageState
          loading={store.loading || session.status !== 'ready'}
          error={store.error ?? session.error}
          onRetry={session.retry}
        />
      )}
      <BackHome />
    </Page>
  );
}
