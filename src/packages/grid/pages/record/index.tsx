import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useCommunityPage, useSessionStore } from '@/features/session';
import { RecordForm, useRecordStore } from '@/features/appeals';
import { BackHome } from '@/components/back-home';
import { Notice } from '@/components/notice';
import { PageState } from '@/components/page-state';
import { Page } from '@/components/page';
import { Button } from '@/components/ui';
import { ROUTES } from '@/lib/routes';

/** 代居民登记: most appeals arrive offline (入户走访, 民情信箱, 坝坝会, 电话); the worker records them here. */
export default function RecordAppealPage() {
  const store = useRecordStore();
  const communityId = useSessionStore((s) => s.communityId);
  const session = useCommunityPage((s) => {
    if (!store.loaded) return store.load(s.communityId);
  });
  return (
    <Page className="grid-record">
      <Text className="section-title">代居民登记诉求</Text>
      {store.done ? (
        <View>
          <Notice tone="success" title="已登记">
            {store.done.submitterName} 的诉求已登记{store.done.gridName ? `，交给${store.done.gridName}` : ''}
            。
          </Notice>
          <View className="row-gap">
            <Button
              type="primary"
              size="large"
              block
              onClick={() => void Taro.navigateTo({ url: ROUTES.gridAppeal(store.done?.id ?? '') })}
            >
              查看并受理
            </Button>
          </View>
          <View className="row-gap">
            <Button size="large" block fill="outline" onClick={store.again}>
              再登记一条
            </Button>
          </View>
        </View>
      ) : store.loaded && communityId ? (
        <RecordForm
          communityId={communityId}
          categories={store.categories}
          estates={store.estates}
          draft={store.draft}
          saving={store.saving}
          error={store.error}
          onField={store.set}
          onSave={() => void store.save(communityId)}
        />
      ) : (
        <PageState
          loading={session.status !== 'ready' || !store.loadError}
          error={store.loadError ?? session.error}
          onRetry={session.retry}
        />
      )}
      <BackHome />
    </Page>
  );
}
