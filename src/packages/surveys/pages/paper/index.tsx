import { Text, View } from '@tarojs/components';
import { useCommunityPage, useSessionStore } from '@/features/session';
import { ChoiceButtons, TargetHead, useSurveyPaperStore } from '@/features/surveys';
import { BackHome } from '@/components/back-home';
import { EmptyState } from '@/components/empty-state';
import { Notice } from '@/components/notice';
import { PageState } from '@/components/page-state';
import { Page } from '@/components/page';
import { TextField } from '@/components/text-field';
import { Button } from '@/components/ui';

/**
 * 纸质测评录入: the grid worker picks a resident of their grid (offline elders too) and types in the
 * paper form; it is recorded as entered by them, and like every rating it is stored apart from who.
 */
export default function SurveyPaperPage() {
  const store = useSurveyPaperStore();
  const communityId = useSessionStore((s) => s.communityId);
  const session = useCommunityPage((s) => store.load(s.communityId));
  const round = store.current?.round;
  if (!store.current) {
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
  if (!round) {
    return (
      <Page>
        <EmptyState text="现在没有进行中的民心测评" />
        <BackHome />
      </Page>
    );
  }
  const person = store.person;
  const open = person ? round.targets.filter((t) => !person.ratedTargetIds.includes(t.id)) : [];
  const filled = Object.keys(store.choices).length;
  return (
    <Page className="survey-paper">
      <Text className="section-title">{round.title} · 纸质测评录入</Text>
      {store.actionDone ? <Notice tone="success">{store.actionDone}</Notice> : null}
      {store.actionError ? <Notice>{store.actionError}</Notice> : null}
      {person && communityId ? (
        <View>
          <View className="card">
            <Text className="field-label">
              {person.name}（{person.estateName ?? ''}
              {person.building ?? ''}
              {person.unit ?? ''}）的测评表
            </Text>
            <Text className="muted">按纸上勾选的填写；没勾的项可以不填。</Text>
          </View>
          {open.length === 0 ? <EmptyState text="这位居民已经全部评过了" /> : null}
          {open.map((t) => (
            <View key={t.id} className="card survey-target">
              <TargetHead target={t} />
              <ChoiceButtons
                name={t.name}
                value={store.choices[t.id] ?? null}
                onChoose={(c) => store.choose(t.id, c)}
              />
            </View>
          ))}
          <View className="row-gap">
            <Button
              block
              size="large"
              type="primary"
              disabled={filled === 0}
              loading={store.busyId === person.userId}
              onClick={() => void store.submit(communityId)}
            >
              提交{person.name}的测评表（{filled} 项）
            </Button>
          </View>
          <View className="row-gap">
            <Button block size="large" fill="outline" onClick={() => store.pick(null)}>
              换一位居民
            </Button>
          </View>
        </View>
      ) : (
        <View>
          <TextField
            label="找居民（姓名）"
            value={store.query}
            onChange={(q) => communityId && void store.search(communityId, q)}
            placeholder="输入姓名"
            maxLength={20}
          />
          <View className="row-gap">
            {store.roster.length === 0 ? <EmptyState text="没有找到居民" /> : null}
            {store.roster.map((p) => {
              const done = p.ratedTargetIds.length >= round.targets.length && round.targets.length > 0;
              return (
                <View key={p.userId} className="survey-person" role="button" onClick={() => store.pick(p)}>
                  <Text>
                    {p.name}
                    {p.offline ? '（无微信）' : ''}
                  </Text>
                  <Text className="muted">
                    {p.building ?? ''}
                    {p.unit ?? ''} ·{' '}
                    {done ? '已评完' : `已评 ${p.ratedTargetIds.length}/${round.targets.length}`}
                  </Text>
                </View>
              );
            })}
          </View>
        </View>
      )}
      <BackHome />
    </Page>
  );
}
