import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useCommunityPage, useSessionStore } from '@/features/session';
import { AppealForm, useNewAppealStore } from '@/features/appeals';
import { BackHome } from '@/components/back-home';
import { Notice } from '@/components/notice';
import { PageState } from '@/components/page-state';
import { Page } from '@/components/page';
import { Button } from '@/components/ui';
import { ROUTES } from '@/lib/routes';

/** 有事找社区: a resident tells the community what is wrong; it goes to the grid worker of the building. */
export default function NewAppealPage() {
  const store = useNewAppealStore();
  const communityId = useSessionStore((s) => s.communityId);
  const home = useSessionStore((s) => {
    const m = s.me?.memberships.find((x) => x.communityId === s.communityId);
    return m?.estateName && m.building ? `${m.estateName} ${m.building}` : null;
  });
  const session = useCommunityPage((s) => {
    if (!store.loaded) return store.load(s.communityId);
  });

  if (store.done) {
    const d = store.done;
    return (
      <Page className="appeal-new">
        <Notice tone="success" title="已经提交，谢谢您">
          {d.gridName ? `已交给${d.gridName}的网格员，` : ''}一般 1
          个工作日内会有人受理。办理的每一步都会记在“我的诉求”里。
        </Notice>
        <View className="row-gap">
          <Button
            type="primary"
            size="large"
            block
            onClick={() => void Taro.redirectTo({ url: ROUTES.appeal(d.id) })}
          >
            查看这条诉求
          </Button>
        </View>
        <View className="row-gap">
          <Button size="large" block fill="outline" onClick={() => store.reset()}>
            再反映一件事
          </Button>
        </View>
        <BackHome />
      </Page>
    );
  }

  return (
    <Page className="appeal-new">
      <Text className="section-title">有事找社区</Text>
      <Text className="muted">选类别、拍张照片就能提交，网格员会上门或打电话跟您联系。</Text>
      {store.loaded && communityId ? (
        <AppealForm
          categories={store.categories}
          draft={store.draft}
          home={home}
          estates={store.estates}
          uploading={store.uploading}
          submitting={store.submitting}
          error={store.error}
          onField={store.set}
          onAddPhotos={() => void store.addPhotos(communityId)}
          onRemovePhoto={store.removePhoto}
          onVoice={(path, s) => void store.addVoice(communityId, path, s)}
          onError={(m) => useNewAppealStore.setState({ error: m })}
          onOtherPlace={() => void store.loadEstates(communityId)}
          onSubmit={() => void store.submit(communityId)}
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
