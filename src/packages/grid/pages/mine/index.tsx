import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { useCommunityPage, useSessionStore } from '@/features/session';
import { MyGridView, useMyGridStore } from '@/features/appeals';
import { HouseholdList, useHouseholdsStore } from '@/features/deliberation';
import { BackHome } from '@/components/back-home';
import { PageState } from '@/components/page-state';
import { Page } from '@/components/page';
import { Button } from '@/components/ui';
import { ROUTES } from '@/lib/routes';

const go = (url: string) => () => void Taro.navigateTo({ url });

/** 我的网格: a grid worker's open appeals, buildings, households and the elders they signed up. */
export default function MyGridPage() {
  const { data, loading, error, load } = useMyGridStore();
  const homes = useHouseholdsStore();
  const session = useCommunityPage((s) => Promise.all([load(s.communityId), homes.load(s.communityId)]));
  const communityId = useSessionStore((s) => s.communityId);
  return (
    <Page className="grid-mine">
      <View className="row-gap">
        <Button type="primary" size="large" block onClick={go(ROUTES.gridRecord)}>
          代居民登记诉求
        </Button>
      </View>
      <View className="row-gap">
        <Button size="large" block fill="outline" onClick={go(ROUTES.gridProxy)}>
          为老人代报名活动
        </Button>
      </View>
      {data ? (
        <MyGridView data={data} onOpen={(id) => void Taro.navigateTo({ url: ROUTES.gridAppeal(id) })} />
      ) : (
        <PageState
          loading={loading || session.status !== 'ready'}
          error={error ?? session.error}
          onRetry={session.retry}
        />
      )}
      <View className="row-gap">
        <Button size="large" block fill="outline" onClick={go(ROUTES.topics)}>
          议事投票 · 录入纸质票
        </Button>
      </View>
      {homes.loaded && communityId ? (
        <HouseholdList households={homes.households} query={homes.query} onSearch={(q) => void homes.load(communityId, q)} />
      ) : null}
      <BackHome />
    </Page>
  );
}
