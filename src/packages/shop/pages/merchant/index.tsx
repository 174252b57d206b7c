import type { RedemptionStatus } from '@linli/types';
import { Text } from '@tarojs/components';
import { useCommunityPage, useSessionStore } from '@/features/session';
import { FulfilBox, REDEMPTION_LABELS, RedemptionRow, useMerchantStore } from '@/features/shop';
import { BackHome } from '@/components/back-home';
import { Chips } from '@/components/chips';
import { EmptyState } from '@/components/empty-state';
import { PageState } from '@/components/page-state';
import { canScan, scanQr } from '@/lib/scan';
import { PrivacySheet } from '@/features/privacy';
import './index.css';
import { Page } from '@/components/page';

const STATUSES: RedemptionStatus[] = ['reserved', 'fulfilled'];

export default function MerchantPage() {
  const store = useMerchantStore();
  const session = useCommunityPage((s) => store.load(s.communityId));
  const communityId = useSessionStore((s) => s.communityId);
  const scan = async () => {
    const text = await scanQr();
    if (text && communityId) await store.fulfil(communityId, text);
  };

  return (
    <Page className="shop-merchant">
      <FulfilBox
        code={store.code}
        busy={store.fulfilling}
        result={store.result}
        error={store.fulfilError}
        scan={canScan()}
        onCode={store.setCode}
        onSubmit={() => communityId && void store.fulfil(communityId)}
        onScan={() => void scan()}
      />
      <Text className="section-title">本店兑换券</Text>
      <Chips
        label="兑换券状态"
        options={STATUSES.map((s) => ({ value: s, label: REDEMPTION_LABELS[s] }))}
        value={store.status}
        onChange={(s) => communityId && void store.load(communityId, s)}
      />
      <PageState
        loading={!store.loaded && (store.loading || session.status !== 'ready')}
        error={store.error ?? session.error}
        onRetry={session.retry}
      />
      {store.loaded && store.items.length === 0 ? (
        <EmptyState text={`没有${REDEMPTION_LABELS[store.status]}的兑换券`} />
      ) : (
        store.items.map((r) => <RedemptionRow key={r.id} redemption={r} />)
      )}
      <BackHome />
      <PrivacySheet />
    </Page>
  );
}
