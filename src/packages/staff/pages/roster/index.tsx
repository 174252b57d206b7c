import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useCommunityPage, useSessionStore } from '@/features/session';
import { CheckInBox, RosterList, useStaffStore } from '@/features/staff';
import { BackHome } from '@/components/back-home';
import { EmptyState } from '@/components/empty-state';
import { PageState } from '@/components/page-state';
import { Button, Input } from '@/components/ui';
import { routeParam } from '@/lib/routes';
import { canScan, scanQr } from '@/lib/scan';
import { PrivacySheet } from '@/features/privacy';
import './index.css';
import { Page } from '@/components/page';

export default function RosterPage() {
  const params = useRouter().params;
  const eventId = routeParam(params.eventId);
  const title = routeParam(params.title);
  const store = useStaffStore();
  const session = useCommunityPage((s) => (eventId ? store.loadRoster(s.communityId, eventId) : undefined));
  const communityId = useSessionStore((s) => s.communityId);
  const search = () => communityId && eventId && void store.loadRoster(communityId, eventId);
  const loaded = store.rosterLoaded && store.rosterEventId === eventId;
  const checked = store.roster.filter((r) => r.checkedInAt).length;
  const scan = async () => {
    const token = await scanQr();
    if (token && communityId && eventId) await store.checkInCode(communityId, eventId, token);
  };

  return (
    <Page className="roster">
      <Text className="section-title">{title || '报名名单'}</Text>
      <CheckInBox
        code={store.code}
        busy={store.checking === 'code'}
        result={store.checkResult}
        error={store.checkError}
        scan={canScan()}
        onCode={store.setCode}
        onSubmit={() => communityId && eventId && void store.checkInCode(communityId, eventId)}
        onScan={() => void scan()}
      />
      <View className="roster__search">
        <Input
          className="field-input roster__search-input"
          value={store.query}
          placeholder="按姓名或楼栋搜索"
          confirmType="search"
          onChange={store.setQuery}
          onConfirm={search}
        />
        <Button type="primary" onClick={search}>
          搜索
        </Button>
      </View>
      <PageState
        loading={!loaded && (store.loading || session.status !== 'ready')}
        error={store.error ?? session.error}
        onRetry={session.retry}
      />
      {loaded ? (
        <Text className="muted">
          共 {store.roster.length} 条 · 已签到 {checked} 条
        </Text>
      ) : null}
      {loaded && store.roster.length === 0 ? (
        <EmptyState
          text={store.query ? '没有找到匹配的报名' : '还没有人报名'}
          actionText={store.query ? '清空搜索' : undefined}
          onAction={() => {
            store.setQuery('');
            search();
          }}
        />
      ) : (
        <RosterList
          entries={loaded ? store.roster : []}
          checking={store.checking}
          onCheckIn={(id) => communityId && void store.checkInRow(communityId, id)}
        />
      )}
      <BackHome />
      <PrivacySheet />
    </Page>
  );
}
