import { Text, View } from '@tarojs/components';
import { useCommunityPage, useHasRole, useSessionStore } from '@/features/session';
import { ProxyFormView, ProxyResult, useProxyStore } from '@/features/grid';
import { BackHome } from '@/components/back-home';
import { EmptyState } from '@/components/empty-state';
import { Notice } from '@/components/notice';
import { PageState } from '@/components/page-state';
import { Page } from '@/components/page';

/** 代报名: a grid worker (or staff) signs up an elder who has no smartphone, then prints the slip. */
export default function ProxyPage() {
  const store = useProxyStore();
  const communityId = useSessionStore((s) => s.communityId);
  const allowed = useHasRole('grid_worker', 'staff');
  const session = useCommunityPage((s) => {
    if (!store.loaded) return store.load(s.communityId);
  });

  return (
    <Page className="proxy">
      <View className="no-print">
        <Text className="section-title">为老人代报名</Text>
        <Text className="muted">
          为没有智能手机的老人报名。提交后会生成一张回执（二维码 + 认领码），请打印交给老人。
        </Text>
      </View>
      {session.status === 'ready' && !allowed ? (
        <Notice tone="info" title="没有代报名权限">
          只有微网格员和社区工作人员可以代报名。如需帮助，请联系社区。
        </Notice>
      ) : store.result ? (
        <ProxyResult result={store.result} onAgain={store.again} />
      ) : store.loaded ? (
        store.events.length === 0 ? (
          <EmptyState text="现在没有可以报名的活动" />
        ) : (
          <ProxyFormView
            events={store.events}
            estates={store.estates}
            event={store.event?.id === store.form.eventId ? store.event : null}
            form={store.form}
            error={store.error}
            submitting={store.submitting}
            onPickEvent={(id) => communityId && void store.pickEvent(communityId, id)}
            onField={store.setField}
            onSubmit={() => communityId && void store.submit(communityId)}
          />
        )
      ) : (
        <PageState
          loading={store.loading || session.status !== 'ready'}
          error={store.loadError ?? session.error}
          onRetry={session.retry}
        />
      )}
      <View className="no-print">
        <BackHome />
      </View>
    </Page>
  );
}
