import Taro, { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { useCommunityPage } from '@/features/session';
import { AppealCard, RateBox, appealsService as api, useAppealStore } from '@/features/appeals';
import { BackHome } from '@/components/back-home';
import { Notice } from '@/components/notice';
import { PageState } from '@/components/page-state';
import { Page } from '@/components/page';
import { Button } from '@/components/ui';
import { ROUTES, routeParam } from '@/lib/routes';

/** 我的诉求 · 详情: where it stands, every step, and after the ending the rating or one reopen. */
export default function AppealDetailPage() {
  const appealId = routeParam(useRouter().params.id);
  const store = useAppealStore();
  const session = useCommunityPage((s) => store.load({ communityId: s.communityId, appealId }));
  const a = store.appeal?.id === appealId ? store.appeal : null;
  const ref = a ? { communityId: a.communityId, appealId: a.id } : null;

  return (
    <Page className="appeal-detail">
      {a && ref ? (
        <>
          {store.done ? <Notice tone="success">{store.done}</Notice> : null}
          {store.error ? <Notice title="没有成功">{store.error}</Notice> : null}
          <RateBox
            canRate={a.can.rate}
            canReopen={a.can.reopen}
            acting={store.acting}
            onRate={(stars, words) => {
              const input = { ...ref, stars, ...(words ? { words } : {}) };
              void store.act('rate', input, (k) => api.rateAppeal(input, k), '谢谢您的评价');
            }}
            onReopen={(words) => {
              const input = { ...ref, words };
              void store.act('reopen', input, (k) => api.reopenAppeal(input, k), '已请社区重新办理');
            }}
          />
          <AppealCard appeal={a} />
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
          onClick={() => void Taro.redirectTo({ url: ROUTES.appealsMine })}
        >
          我的全部诉求
        </Button>
      </View>
      <BackHome />
    </Page>
  );
}
