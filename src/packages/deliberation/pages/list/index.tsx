import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useCommunityPage, useHasRole } from '@/features/session';
import { useTopicsStore } from '@/features/deliberation';
import { BackHome } from '@/components/back-home';
import { EmptyState } from '@/components/empty-state';
import { PageState } from '@/components/page-state';
import { Page } from '@/components/page';
import { Button } from '@/components/ui';
import { ROUTES } from '@/lib/routes';

const STATUS = { open: '投票中', upcoming: '即将开始', closed: '已结束' } as const;

/** 议事投票与评选: open first; each row says whether the caller's household has voted, or the outcome. */
export default function TopicListPage() {
  const store = useTopicsStore();
  const session = useCommunityPage((s) => store.load(s.communityId));
  const staff = useHasRole('staff');
  return (
    <Page className="topics">
      {staff ? (
        <View className="row-gap">
          <Button type="primary" size="large" block onClick={() => void Taro.navigateTo({ url: ROUTES.topicNew })}>
            发起议题或评选
          </Button>
        </View>
      ) : null}
      {store.loaded ? (
        store.topics.length === 0 ? (
          <EmptyState text="现在还没有议题" />
        ) : (
          store.topics.map((t) => (
            <View key={t.id} className="topic-row" role="button" onClick={() => void Taro.navigateTo({ url: ROUTES.topic(t.id) })}>
              <Text className="topic-row__title">{t.title}</Text>
              <Text className="muted">
                {t.kind === 'deliberation' ? '议事' : '评选'} · {STATUS[t.status]}
                {t.status === 'closed' ? (t.passed ? ' · 已通过' : ' · 未通过') : ` · 已投 ${t.turnout.ballots}/${t.turnout.eligible}`}
                {t.voted ? ' · 已投票' : t.canVote ? ' · 待您投票' : ''}
              </Text>
            </View>
          ))
        )
      ) : (
        <PageState loading={store.loading || session.status !== 'ready'} error={store.error ?? session.error} onRetry={session.retry} />
      )}
      <BackHome />
    </Page>
  );
}
