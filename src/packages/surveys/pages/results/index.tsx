import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useCommunityPage, useHasRole, useSessionStore } from '@/features/session';
import { ResultsView, useSurveyResultsStore } from '@/features/surveys';
import { BackHome } from '@/components/back-home';
import { Chips } from '@/components/chips';
import { EmptyState } from '@/components/empty-state';
import { Notice } from '@/components/notice';
import { PageState } from '@/components/page-state';
import { Page } from '@/components/page';
import { TextField } from '@/components/text-field';
import { Button } from '@/components/ui';
import { routeParam } from '@/lib/routes';

/** 测评结果 for every member; admins also see flagged targets and set the threshold. */
export default function SurveyResultsPage() {
  const store = useSurveyResultsStore();
  const routeRound = routeParam(useRouter().params.roundId);
  const communityId = useSessionStore((s) => s.communityId);
  const admin = useHasRole('admin');
  const [threshold, setThreshold] = useState('');
  const session = useCommunityPage((s) =>
    store.load(s.communityId, store.results?.round?.id ?? (routeRound || undefined)),
  );
  const r = store.results;
  if (!r) {
    return (
      <Page>
        <PageState
          loading={store.loading || session.status !== 'ready'}
          error={store.error ?? session.error}
          onRetry={session.retry}
        />
      </Page>
    );
  }
  const rounds = r.trend.map((p) => ({ value: p.roundId, label: p.title }));
  return (
    <Page className="survey-results">
      <Text className="section-title">民心测评结果</Text>
      {rounds.length > 1 ? (
        <Chips
          label="测评轮次"
          value={r.round?.id ?? null}
          options={rounds}
          onChange={(id) => communityId && void store.load(communityId, id)}
        />
      ) : null}
      {store.error ? <Notice>{store.error}</Notice> : null}
      {!r.round ? <EmptyState text="还没有结束的测评" /> : null}
      {r.round && r.round.status === 'open' ? (
        <Notice tone="info">这一轮还在进行中，结束后公布结果</Notice>
      ) : null}
      {r.round && r.round.status === 'closed' ? <ResultsView results={r} /> : null}
      {admin && communityId && r.flagBelow !== null ? (
        <View className="card">
          <Text className="field-label">提醒线（仅管理员）：满意度低于 {r.flagBelow}% 的对象会标出</Text>
          <TextField
            label="新的提醒线（%）"
            keyboard="number"
            value={threshold}
            onChange={setThreshold}
            maxLength={3}
          />
          {store.saveError ? <Notice>{store.saveError}</Notice> : null}
          <View className="row-gap">
            <Button
              block
              size="large"
              type="primary"
              loading={store.saving}
              disabled={!/^\d{1,3}$/.test(threshold) || Number(threshold) < 1 || Number(threshold) > 100}
              onClick={() => void store.setThreshold(communityId, Number(threshold))}
            >
              保存提醒线
            </Button>
          </View>
        </View>
      ) : null}
      <BackHome />
    </Page>
  );
}
