import Taro from '@tarojs/taro';
import type { RedemptionView } from '@linli/types';

import { useCommunityPage, useSessionStore } from '@/features/session';
import { RedemptionRow, useMyRedemptionsStore } from '@/features/shop';
import { BackHome } from '@/components/back-home';
import { EmptyState } from '@/components/empty-state';
import { Notice } from '@/components/notice';
import { PageState } from '@/components/page-state';
import { confirm } from '@/lib/confirm';
import { ROUTES } from '@/lib/routes';
import './index.css';
import { Page } from '@/components/page';

export default function MyRedemptionsPage() {
  const store = useMyRedemptionsStore();
  const session = useCommunityPage((s) => store.load(s.communityId));
  const communityId = useSessionStore((s) => s.communityId);

  const cancel = async (r: RedemptionView) => {
    if (!communityId) return;
    const ok = await confirm(
      '取消兑换',
      `不要“${r.itemTitle}”了吗？取消后 ${r.points} 分会退回。`,
      '确定取消',
    );
    if (ok) await store.cancel(communityId, r);
  };

  return (
    <Page className="shop-mine">
      {store.actionDone ? <Notice tone="success">{store.actionDone}</Notice> : null}
      {store.actionError ? <Notice title="没有取消成功">{store.actionError}</Notice> : null}
      <PageState
        loading={!store.loaded && (store.loading || session.status !== 'ready')}
        error={store.error ?? session.error}
        onRetry={session.retry}
      />
      {store.loaded && store.items.length === 0 ? (
        <EmptyState
          text="还没有兑换过"
          actionText="去积分超市看看"
          onAction={() => void Taro.redirectTo({ url: ROUTES.shopItems })}
        />
      ) : (
        store.items.map((r) => (
          <RedemptionRow
            key={r.id}
            redemption={r}
            busy={store.busyId === r.id}
            onOpen={() => void Taro.navigateTo({ url: ROUTES.shopRedemption(r.id) })}
            onCancel={() => void cancel(r)}
          />
        ))
      )}
      <BackHome />
    </Page>
  );
}
