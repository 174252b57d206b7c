import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { UploadedFile } from '@linli/types';
import { useCommunityPage, useHasRole, useSessionStore } from '@/features/session';
import { HouseholdBallot, LinkPicker, OptionButtons, ResolutionTrail, ResultView, TopicHeader, Turnout, useTopicStore } from '@/features/deliberation';
import { BackHome } from '@/components/back-home';
import { Notice } from '@/components/notice';
import { PageState } from '@/components/page-state';
import { PhotoPicker } from '@/components/photo-picker';
import { Page } from '@/components/page';
import { TextField } from '@/components/text-field';
import { Button } from '@/components/ui';
import { ROUTES, routeParam } from '@/lib/routes';

/**
 * One 议题: the options as big buttons (tap one, then 确认投票), how the household voted, the turnout while it runs;
 * after close the published result and the 决议 trail. Staff close it, record the 决议 and link expenses and events;
 * grid workers and staff go on to 录入纸质票.
 */
export default function TopicDetailPage() {
  const topicId = routeParam(useRouter().params.id);
  const store = useTopicStore();
  const session = useCommunityPage((s) => store.load({ communityId: s.communityId, topicId }));
  const staff = useHasRole('staff');
  const worker = useHasRole('grid_worker', 'staff');
  const [words, setWords] = useState('');
  const [photos, setPhotos] = useState<UploadedFile[]>([]);
  const t = store.topic?.id === topicId ? store.topic : null;
  const communityId = useSessionStore((s) => s.communityId);
  const ref = communityId ? { communityId, topicId } : null;

  if (!t || !ref) {
    return (
      <Page>
        <PageState loading={store.loading || session.status !== 'ready'} error={store.error ?? session.error} onRetry={session.retry} />
        <BackHome />
      </Page>
    );
  }
  const changing = t.myBallot?.mine && store.picked && store.picked !== t.myBallot.optionId;
  return (
    <Page className="topic">
      <TopicHeader topic={t} />
      {store.done ? <Notice tone="success">{store.done}</Notice> : null}
      {store.actError ? <Notice title="没有成功">{store.actError}</Notice> : null}
      <HouseholdBallot topic={t} />
      {t.status !== 'closed' ? <Turnout topic={t} /> : null}
      {t.canVote ? (
        <>
          <OptionButtons topic={t} picked={store.picked ?? t.myBallot?.optionId ?? null} onPick={store.pick} />
          <Button
            type="primary"
            size="large"
            block
            loading={store.acting}
            disabled={!store.picked || store.picked === t.myBallot?.optionId}
            onClick={() => void store.vote(ref)}
          >
            {changing ? '确认改投' : t.myBallot ? '请点选要改投的选项' : store.picked ? '确认投票' : '请先点选一个选项'}
          </Button>
        </>
      ) : t.cannotVoteReason && !t.myBallot && t.status === 'open' ? (
        <Notice tone="info">{t.cannotVoteReason}</Notice>
      ) : null}
      {t.status === 'closed' && t.result ? <ResultView result={t.result} kind={t.kind} /> : null}
      {t.status !== 'closed' && !t.canVote ? (
        <Text className="muted">投票期间只公布参与户数，结束后公布各选项票数。</Text>
      ) : null}
      <ResolutionTrail topic={t} />
      {t.meetingEventId ? (
        <View className="row-gap">
          <Button size="large" block fill="outline" onClick={() => void Taro.navigateTo({ url: ROUTES.event(t.meetingEventId!) })}>
            报名参加议事会
          </Button>
        </View>
      ) : null}
      {worker && t.kind === 'deliberation' && t.status === 'open' ? (
        <View className="row-gap">
          <Button size="large" block fill="outline" onClick={() => void Taro.navigateTo({ url: ROUTES.topicPaper(t.id) })}>
            录入纸质票
          </Button>
        </View>
      ) : null}
      {staff && t.status !== 'closed' ? (
        <View className="row-gap">
          <Button size="large" block fill="outline" loading={store.acting} onClick={() => void store.close(ref)}>
            结束投票并公布结果
          </Button>
        </View>
      ) : null}
      {staff && t.status === 'closed' ? (
        <View className="row-gap">
          <TextField label="决议（议事会纪要）" value={words} onChange={setWords} maxLength={2000} />
          <PhotoPicker communityId={ref.communityId} purpose="topic_photo" max={9} value={photos} onChange={setPhotos} addText="添加纪要或现场照片（可不加）" />
          <Button
            size="large"
            block
            type="primary"
            disabled={!words.trim()}
            loading={store.acting}
            onClick={() =>
              void store.resolve(ref, words.trim(), photos.map((p) => p.fileId)).then(() => {
                if (!useTopicStore.getState().actError) setPhotos([]);
              })
            }
          >
            记录决议
          </Button>
          <LinkPicker communityId={ref.communityId} topic={t} busy={store.acting} onLink={(kind, targetId) => store.link(ref, kind, targetId)} />
        </View>
      ) : null}
      <View className="row-gap">
        <Button size="large" block fill="outline" onClick={() => void Taro.redirectTo({ url: ROUTES.topics })}>
          全部议题
        </Button>
      </View>
      <BackHome />
    </Page>
  );
}
