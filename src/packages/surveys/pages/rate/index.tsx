import Taro from '@tarojs/taro';
import { Text, Textarea, View } from '@tarojs/components';
import { useCommunityPage, useSessionStore } from '@/features/session';
import { ChoiceButtons, TargetHead, useSurveyRateStore } from '@/features/surveys';
import { BackHome } from '@/components/back-home';
import { EmptyState } from '@/components/empty-state';
import { Notice } from '@/components/notice';
import { PageState } from '@/components/page-state';
import { Page } from '@/components/page';
import { Button } from '@/components/ui';
import { ROUTES } from '@/lib/routes';

/** 民心测评 for a resident: each cadre and project with three big buttons; one tap sends it. */
export default function SurveyRatePage() {
  const store = useSurveyRateStore();
  const communityId = useSessionStore((s) => s.communityId);
  const session = useCommunityPage((s) => store.load(s.communityId));
  const data = store.data;
  if (!data) {
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
  const round = data.round;
  const rated = new Set(data.ratedTargetIds);
  return (
    <Page className="survey-rate">
      {round ? (
        <View>
          <Text className="section-title">{round.title} 民心测评</Text>
          <Text className="muted survey-note">
            请给社区干部和完成的项目打分。匿名测评：谁评了什么，任何人（包括社区工作人员）都查不到；每项只能评一次。
          </Text>
          {store.actionDone ? <Notice tone="success">{store.actionDone}</Notice> : null}
          {store.actionError ? <Notice>{store.actionError}</Notice> : null}
          {round.targets.length === 0 ? <EmptyState text="这一轮还没有测评对象" /> : null}
          {round.targets.map((t) => (
            <View key={t.id} className="card survey-target">
              <TargetHead target={t} />
              {rated.has(t.id) ? (
                <Text className="survey-done">✓ 已评价，谢谢您</Text>
              ) : (
                <View>
                  <Textarea
                    className="survey-words"
                    value={store.words[t.id] ?? ''}
                    maxlength={200}
                    placeholder="想说的话（可不填，显示时不带姓名）"
                    onInput={(e) => store.setWords(t.id, e.detail.value)}
                  />
                  <ChoiceButtons
                    name={t.name}
                    busy={store.busyId === t.id}
                    onChoose={(c) => communityId && void store.rate(communityId, t.id, c)}
                  />
                </View>
              )}
            </View>
          ))}
        </View>
      ) : (
        <EmptyState text="现在没有进行中的民心测评" />
      )}
      {data.lastClosed ? (
        <View className="row-gap">
          <Button
            block
            size="large"
            fill="outline"
            onClick={() => void Taro.navigateTo({ url: ROUTES.surveysResults(data.lastClosed!.id) })}
          >
            查看{data.lastClosed.title}测评结果
          </Button>
        </View>
      ) : null}
      <BackHome />
    </Page>
  );
}
