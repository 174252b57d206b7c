import Taro, { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { useCommunityPage } from '@/features/session';
import { AppealCard, HandlerActions, handlerCalls, useAppealStore } from '@/features/appeals';
import { BackHome } from '@/components/back-home';
import { Notice } from '@/components/notice';
import { PageState } from '@/components/page-state';
import { Page } from '@/components/page';
import { Button } from '@/components/ui';
import { ROUTES, routeParam } from '@/lib/routes';

/** A grid worker's appeal: call the resident, 受理, note progress, close with an ending. */
export default function GridAppealPage() {
  const appealId = routeParam(useRouter().params.id);
  const store = useAppealStore();
  const session = useCommunityPage((s) => store.load({ communityId: s.communityId, appealId }));
  const a = store.appeal?.id === appealId ? store.appeal : null;
  return (
    <Page className="grid-appeal">
      {a ? (
        <>
          {store.done ? <Notice tone="success">{store.done}</Notice> : null}
          {store.error ? <Notice title="没有成功">{store.error}</Notice> : null}
          <HandlerActions appeal={a} acting={store.acting} calls={handlerCalls(a)} />
          <AppealCard appeal={a} handler />
        </>
      ) : (
        <PageState
          loading={store.loading || session.status !== 'ready'}
          error={store.loadError ?? session.error}
          onRetry={session.retry}
        />
      )}
      <View className="row-gap">
        <Button
          size="large"
          block
          fill="outline"
          onClick={() => void Taro.redirectTo({ url: ROUTES.gridMine })}
        >
          回到我的网格
        </Button>
      </View>
      <BackHome />
    </Page>
  );
}
