import Taro, { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { useCommunityPage } from '@/features/session';
import { RedemptionCode, useMyRedemptionsStore, useShopStore } from '@/features/shop';
import { BackHome } from '@/components/back-home';
import { Notice } from '@/components/notice';
import { PageState } from '@/components/page-state';
import { Button } from '@/components/ui';
import { ROUTES, routeParam } from '@/lib/routes';
import './index.css';
import { Page } from '@/components/page';

export default function RedemptionPage() {
  const id = routeParam(useRouter().params.id);
  const store = useMyRedemptionsStore();
  const session = useCommunityPage((s) => store.load(s.communityId));
  const r = store.items.find((i) => i.id === id) ?? null;
  const justRedeemed = useShopStore((s) => s.redeemed?.id === id);

  return (
    <Page className="shop-redemption">
      {r ? (
        <>
          {r.status === 'reserved' ? (
            <Notice tone="success" title={justRedeemed ? '兑换成功' : '待核销'}>
              请到 {r.merchantName} 出示下面的兑换码，商家核销后即可领取。
            </Notice>
          ) : null}
          <RedemptionCode redemption={r} />
        </>
      ) : store.loaded ? (
        <Notice>没有找到这张兑换券，请在“我的兑换券”里查看。</Notice>
      ) : (
        <PageState
          loading={store.loading || session.status !== 'ready'}
          error={store.error ?? session.error}
          onRetry={session.retry}
        />
      )}
      <View className="row-gap">
        <Button
          block
          size="large"
          fill="outline"
          onClick={() => void Taro.navigateTo({ url: ROUTES.shopMine })}
        >
          我的兑换券
        </Button>
      </View>
      <BackHome />
    </Page>
  );
}
