import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useCommunityPage } from '@/features/session';
import { AppealRow, useAppealListStore } from '@/features/appeals';
import { BackHome } from '@/components/back-home';
import { EmptyState } from '@/components/empty-state';
import { PageState } from '@/components/page-state';
import { Page } from '@/components/page';
import { Button } from '@/components/ui';
import { ROUTES } from '@/lib/routes';

/** 我的诉求: everything I asked, newest first; each opens its timeline. */
export default function MyAppealsPage() {
  const { items, loaded, loading, error, loadMine } = useAppealListStore();
  const session = useCommunityPage((s) => loadMine(s.communityId));
  const newAppeal = () => void Taro.navigateTo({ url: ROUTES.appealNew });
  return (
    <Page className="appeals-mine">
      <Text className="section-title">我的诉求</Text>
      <Button type="primary" size="large" block onClick={newAppeal}>
        反映一件新的事
      </Button>
      <View className="row-gap">
        {loaded && items.length === 0 ? (
          <EmptyState text="您还没有反映过诉求" />
        ) : (
          items.map((a) => (
            <AppealRow
              key={a.id}
              appeal={a}
              onOpen={(id) => void Taro.navigateTo({ url: ROUTES.appeal(id) })}
            />
          ))
        )}
      </View>
      {!loaded || error ? (
        <PageState
          loading={loading || session.status !== 'ready'}
          error={error ?? session.error}
          onRetry={session.retry}
        />
      ) : null}
      <BackHome />
    </Page>
  );
}
