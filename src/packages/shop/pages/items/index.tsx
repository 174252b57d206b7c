import Taro from '@tarojs/taro';
import type { ShopItemView } from '@linli/types';
import { Text, View } from '@tarojs/components';
import { useCommunityPage, useSessionStore } from '@/features/session';
import { ItemCard, useMyRedemptionsStore, useShopStore } from '@/features/shop';
import { BackHome } from '@/components/back-home';
import { EmptyState } from '@/components/empty-state';
import { Notice } from '@/components/notice';
import { PageState } from '@/components/page-state';
import { Button } from '@/components/ui';
import { confirm } from '@/lib/confirm';
import { ROUTES } from '@/lib/routes';
import './index.css';
import { Page } from '@/components/page';

export default function ShopItemsPage() {
  const store = useShopStore();
  const session = useCommunityPage((s) => store.load(s.communityId));
  const communityId = useSessionStore((s) => s.communityId);

  const redeem = async (item: ShopItemView) => {
    if (!communityId) return;
    const ok = await confirm(
      '确认兑换',
      `用 ${item.pointsPrice} 分兑换“${item.title}”？兑换后到 ${item.merchantName} 出示兑换码即可领取。`,
      '确认兑换',
    );
    if (!ok) return;
    const r = await store.redeem(communityId, item);
    if (r) {
      useMyRedemptionsStore.getState().remember(r);
      void Taro.navigateTo({ url: ROUTES.shopRedemption(r.id) });
    }
  };

  return (
    <Page className="shop-items">
      {store.balance !== null ? (
        <View className="card shop-balance">
          <Text className="shop-item__line">我的积分</Text>
          <Text className="shop-balance__num">{store.balance} 分</Text>
        </View>
      ) : null}
      <Button
        block
        size="large"
        fill="outline"
        onClick={() => void Taro.navigateTo({ url: ROUTES.shopMine })}
      >
        我的兑换券
      </Button>
      <Text className="section-title">可兑换的商品</Text>
      <PageState
        loading={!store.loaded && (store.loading || session.status !== 'ready')}
        error={store.error ?? session.error}
        onRetry={session.retry}
      />
      {store.loaded && store.items.length === 0 ? (
        <EmptyState text="积分超市暂时没有商品" />
      ) : (
        store.items.map((item) => (
          <View key={item.id}>
            <ItemCard
              item={item}
              balance={store.balance}
              busy={store.busyId === item.id}
              disabled={Boolean(store.busyId) || !item.active}
              onRedeem={() => void redeem(item)}
            />
            {store.errorItemId === item.id && store.redeemError ? (
              <Notice title={`没有兑换成功：${item.title}`}>{store.redeemError}</Notice>
            ) : null}
          </View>
        ))
      )}
      <BackHome />
    </Page>
  );
}
