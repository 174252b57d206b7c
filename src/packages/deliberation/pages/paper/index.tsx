import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useCommunityPage, useSessionStore } from '@/features/session';
import { OptionButtons, Turnout, usePaperStore } from '@/features/deliberation';
import { BackHome } from '@/components/back-home';
import { Notice } from '@/components/notice';
import { PageState } from '@/components/page-state';
import { Page } from '@/components/page';
import { TextField } from '@/components/text-field';
import { Button } from '@/components/ui';
import { routeParam } from '@/lib/routes';

/**
 * 录入纸质票 (grid workers and staff): search the household roster by building and room, pick the household, pick the
 * option on its paper ballot, save. A household that already voted (online or paper) cannot be picked.
 */
export default function PaperBallotPage() {
  const topicId = routeParam(useRouter().params.id);
  const store = usePaperStore();
  const session = useCommunityPage((s) => store.load({ communityId: s.communityId, topicId }));
  const communityId = useSessionStore((s) => s.communityId);
  const ref = communityId ? { communityId, topicId } : null;
  const t = store.topic?.id === topicId ? store.topic : null;
  if (!t || !ref) {
    return (
      <Page>
        <PageState loading={store.loading || session.status !== 'ready'} error={store.error ?? session.error} onRetry={session.retry} />
        <BackHome />
      </Page>
    );
  }
  const h = store.household;
  return (
    <Page className="paper">
      <Text className="topic__title">{t.title}</Text>
      <Turnout topic={t} />
      {store.done ? <Notice tone="success">{store.done}</Notice> : null}
      {store.saveError ? <Notice title="没有录入">{store.saveError}</Notice> : null}
      {h ? (
        <>
          <Text className="section-title">{h.label} 的纸质票选的是：</Text>
          <OptionButtons topic={t} picked={store.optionId} onPick={store.pickOption} />
          <Button type="primary" size="large" block disabled={!store.optionId} loading={store.saving} onClick={() => void store.save(ref)}>
            确认录入
          </Button>
          <View className="row-gap">
            <Button size="large" block fill="outline" onClick={() => store.pickHousehold(null)}>
              换一户
            </Button>
          </View>
        </>
      ) : (
        <>
          <TextField
            label="按楼栋、门牌号查找住户"
            value={store.query}
            placeholder="例如：3栋 302"
            onChange={(q) => void store.search(ref, q)}
            maxLength={20}
          />
          {store.roster.length === 0 ? <Text className="muted">没有找到住户</Text> : null}
          {store.roster.map((r) => (
            <View
              key={r.householdId}
              className="household-row"
              role="button"
              aria-disabled={r.voted}
              onClick={() => (r.voted ? undefined : store.pickHousehold(r))}
            >
              <Text className="household-row__label">{r.label}</Text>
              <Text className="muted">
                {r.members.join('、')} · {r.voted ? (r.channel === 'paper' ? '已录纸质票' : '已在手机上投票') : '未投票'}
              </Text>
            </View>
          ))}
        </>
      )}
      <BackHome />
    </Page>
  );
}
