import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useCommunityPage, useSessionStore } from '@/features/session';
import { AppealRow, ListFilters, useAppealListStore, useStaffAppealStore } from '@/features/appeals';
import { BackHome } from '@/components/back-home';
import { EmptyState } from '@/components/empty-state';
import { PageState } from '@/components/page-state';
import { Page } from '@/components/page';
import { Button } from '@/components/ui';
import { ROUTES } from '@/lib/routes';

const go = (url: string) => () => void Taro.navigateTo({ url });
const PAGE_SIZE = 50;

/** 社区工作台 · 民情: every appeal of the community, filtered; the ways to grids, deadlines and the report. */
export default function StaffAppealsPage() {
  const list = useAppealListStore();
  const meta = useStaffAppealStore();
  const communityId = useSessionStore((s) => s.communityId);
  const session = useCommunityPage((s) =>
    Promise.all([
      list.loadFor(s.communityId, { ...list.filter, scope: 'all' }),
      meta.loadMeta(s.communityId),
    ]),
  );
  const page = list.filter.page ?? 0;
  const reload = (f: typeof list.filter) =>
    communityId && void list.loadFor(communityId, { ...f, scope: 'all' });
  return (
    <Page className="staff-appeals">
      <Text className="section-title">社区工作台 · 民情诉求</Text>
      <View className="ap-figures">
        <Button size="large" fill="outline" onClick={go(ROUTES.staffGrids)}>
          网格管理
        </Button>
        <Button size="large" fill="outline" onClick={go(ROUTES.staffAppealCategories)}>
          类别与时限
        </Button>
        <Button size="large" fill="outline" onClick={go(ROUTES.appealsReport)}>
          月报与导出
        </Button>
      </View>
      <ListFilters filter={list.filter} categories={meta.categories} grids={meta.grids} onChange={reload} />
      <Text className="section-title">共 {list.total} 条</Text>
      {list.loaded && list.items.length === 0 ? <EmptyState text="没有符合条件的诉求" /> : null}
      {list.items.map((a) => (
        <AppealRow
          key={a.id}
          appeal={a}
          showPeople
          onOpen={(id) => void Taro.navigateTo({ url: ROUTES.staffAppeal(id) })}
        />
      ))}
      {!list.loaded || list.error ? (
        <PageState
          loading={list.loading || session.status !== 'ready'}
          error={list.error ?? session.error}
          onRetry={session.retry}
        />
      ) : null}
      <View className="ap-figures">
        {page > 0 ? (
          <Button size="large" fill="outline" onClick={() => reload({ ...list.filter, page: page - 1 })}>
            上一页
          </Button>
        ) : null}
        {(page + 1) * PAGE_SIZE < list.total ? (
          <Button size="large" fill="outline" onClick={() => reload({ ...list.filter, page: page + 1 })}>
            下一页
          </Button>
        ) : null}
      </View>
      <BackHome />
    </Page>
  );
}
