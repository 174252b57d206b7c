import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import { useCommunityPage, useSessionStore } from '@/features/session';
import { ResidentRow, useLedgerStore } from '@/features/points';
import { BackHome } from '@/components/back-home';
import { EmptyState } from '@/components/empty-state';
import { PageState } from '@/components/page-state';
import { Button, Input } from '@/components/ui';
import { ROUTES } from '@/lib/routes';
import './index.css';
import { Page } from '@/components/page';

export default function ResidentsPage() {
  const store = useLedgerStore();
  const session = useCommunityPage((s) => store.search(s.communityId));
  const communityId = useSessionStore((s) => s.communityId);
  const search = () => communityId && void store.search(communityId);

  return (
    <Page className="pts-residents">
      <View className="pts-search">
        <Input
          className="field-input pts-search__input"
          value={store.query}
          placeholder="姓名、楼栋或手机尾号"
          confirmType="search"
          onChange={store.setQuery}
          onConfirm={search}
        />
        <Button type="primary" size="large" onClick={search}>
          搜索
        </Button>
      </View>
      <PageState
        loading={!store.searched && (store.loading || session.status !== 'ready')}
        error={store.error ?? session.error}
        onRetry={session.retry}
      />
      {store.searched && store.residents.length === 0 ? (
        <EmptyState text="没有找到这位居民，换个写法试试" />
      ) : (
        store.residents.map((r) => (
          <ResidentRow
            key={r.userId}
            resident={r}
            onOpen={() => void Taro.navigateTo({ url: ROUTES.pointsLedger(r.userId) })}
          />
        ))
      )}
      <BackHome />
    </Page>
  );
}
