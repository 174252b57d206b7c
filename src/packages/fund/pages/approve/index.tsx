import type { ExpenseView } from '@linli/types';
import { Text, View } from '@tarojs/components';
import { useCommunityPage, useSessionStore } from '@/features/session';
import { ExpenseCard, useExpensesStore } from '@/features/fund';
import { BackHome } from '@/components/back-home';
import { EmptyState } from '@/components/empty-state';
import { Notice } from '@/components/notice';
import { PageState } from '@/components/page-state';
import { Button, Input } from '@/components/ui';
import { confirm } from '@/lib/confirm';
import { formatFen } from '@/lib/format';
import './index.css';
import { Page } from '@/components/page';

/** Committee members decide pending expenses; nobody approves their own (the server says so). */
export default function ApprovePage() {
  const store = useExpensesStore();
  const session = useCommunityPage((s) => store.load(s.communityId, 'pending'));
  const communityId = useSessionStore((s) => s.communityId);
  const items = store.status === 'pending' ? store.items : [];

  const decide = async (e: ExpenseView, approve: boolean) => {
    if (!communityId) return;
    const ok = await confirm(
      approve ? '同意支出' : '驳回支出',
      `${approve ? '同意' : '驳回'}“${e.purpose}”${formatFen(e.amountFen)}？`,
      approve ? '确认同意' : '确认驳回',
    );
    if (ok) await store.decide(communityId, e, approve);
  };

  return (
    <Page className="mf-approve">
      <Text className="muted">每笔支出需要管委会多人同意后才能支付；不能审批自己提交的申请。</Text>
      {store.actionDone ? <Notice tone="success">{store.actionDone}</Notice> : null}
      {store.actionError ? <Notice title="没有审批成功">{store.actionError}</Notice> : null}
      <PageState
        loading={!store.loaded && (store.loading || session.status !== 'ready')}
        error={store.error ?? session.error}
        onRetry={session.retry}
      />
      {store.loaded && items.length === 0 ? (
        <EmptyState text="没有待审批的支出" />
      ) : (
        items.map((e) => (
          <ExpenseCard key={e.id} expense={e}>
            <Text className="field-label">审批意见（可不填，驳回时请写明原因）</Text>
            <Input
              className="field-input"
              value={store.notes[e.id] ?? ''}
              maxLength={200}
              placeholder="例如：请补充报价单"
              onChange={(v) => store.setNote(e.id, v)}
            />
            <View className="button-row">
              <Button
                type="primary"
                size="large"
                loading={store.busyId === e.id}
                disabled={Boolean(store.busyId)}
                onClick={() => void decide(e, true)}
              >
                同意
              </Button>
              <Button
                size="large"
                fill="outline"
                disabled={Boolean(store.busyId)}
                onClick={() => void decide(e, false)}
              >
                驳回
              </Button>
            </View>
          </ExpenseCard>
        ))
      )}
      <BackHome />
    </Page>
  );
}
