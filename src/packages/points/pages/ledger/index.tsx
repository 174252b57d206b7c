import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useCommunityPage, useSessionStore } from '@/features/session';
import {
  AdjustForm,
  PointsHistory,
  residentAddress,
  useLedgerStore,
  type AdjustKind,
} from '@/features/points';
import { BackHome } from '@/components/back-home';
import { Notice } from '@/components/notice';
import { PageState } from '@/components/page-state';
import { confirm } from '@/lib/confirm';
import { routeParam } from '@/lib/routes';
import './index.css';
import { Page } from '@/components/page';

export default function LedgerPage() {
  const residentId = routeParam(useRouter().params.residentId);
  const store = useLedgerStore();
  const session = useCommunityPage((s) =>
    residentId ? store.loadLedger(s.communityId, residentId) : undefined,
  );
  const communityId = useSessionStore((s) => s.communityId);
  const ledger = store.ledger?.resident.userId === residentId ? store.ledger : null;

  const adjust = async (kind: AdjustKind) => {
    if (!communityId || !ledger) return;
    const invalid = store.validate();
    if (invalid) return void store.adjust(communityId, kind);
    const verb = kind === 'award' ? '奖励' : '扣减';
    const ok = await confirm(
      `${verb}积分`,
      `确定为 ${ledger.resident.name} ${verb} ${store.amount.trim()} 分吗？原因：${store.reason.trim()}`,
      `确定${verb}`,
    );
    if (ok) await store.adjust(communityId, kind);
  };

  return (
    <Page className="pts-ledger">
      {ledger ? (
        <>
          <View className="card">
            <View className="split-row">
              <Text className="pts-name">{ledger.resident.name}</Text>
              <Text className="pts-balance-chip">{ledger.resident.balance} 分</Text>
            </View>
            <Text className="pts-text">{residentAddress(ledger.resident)}</Text>
            {ledger.resident.phoneMasked ? (
              <Text className="pts-text">{ledger.resident.phoneMasked}</Text>
            ) : null}
          </View>
          <AdjustForm
            name={ledger.resident.name}
            amount={store.amount}
            reason={store.reason}
            busy={store.adjusting}
            error={store.adjustError}
            done={store.adjustDone}
            onAmount={store.setAmount}
            onReason={store.setReason}
            onAward={() => void adjust('award')}
            onDeduct={() => void adjust('deduct')}
          />
          <Text className="section-title">积分明细</Text>
          <PointsHistory entries={ledger.entries} empty="这位居民还没有积分记录。" />
        </>
      ) : !residentId ? (
        <Notice>没有指定居民，请从“居民积分”列表进入。</Notice>
      ) : (
        <PageState
          loading={store.loading || session.status !== 'ready'}
          error={store.error ?? session.error}
          onRetry={session.retry}
        />
      )}
      <BackHome />
    </Page>
  );
}
