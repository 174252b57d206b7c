import Taro from '@tarojs/taro';
import { DONATION_SOURCE_LABELS } from '@linli/types';

import { useCommunityPage, useSessionStore } from '@/features/session';
import { DonationForm, useDonationStore } from '@/features/fund';
import { BackHome } from '@/components/back-home';
import { Notice } from '@/components/notice';
import { PageState } from '@/components/page-state';
import { Button } from '@/components/ui';
import { formatFen } from '@/lib/format';
import { ROUTES } from '@/lib/routes';
import './index.css';
import { Page } from '@/components/page';

export default function DonatePage() {
  const store = useDonationStore();
  const session = useCommunityPage(() => undefined);
  const communityId = useSessionStore((s) => s.communityId);
  const done = store.done;

  return (
    <Page className="mf-donate">
      {session.status !== 'ready' ? (
        <PageState loading error={session.error} onRetry={session.retry} />
      ) : null}
      {done ? (
        <Notice
          tone="success"
          title="捐赠已登记"
          action={
            <Button
              size="large"
              block
              fill="outline"
              onClick={() => void Taro.navigateTo({ url: ROUTES.fundBoard })}
            >
              查看公示栏
            </Button>
          }
        >
          {`${done.donorName} · ${DONATION_SOURCE_LABELS[done.source]} · ${done.form === 'cash' ? '现金' : '物资'} ${formatFen(done.amountFen)}${done.itemsDesc ? ` · ${done.itemsDesc}` : ''}`}
        </Notice>
      ) : null}
      <DonationForm
        fields={store.fields}
        saving={store.saving}
        error={store.error}
        onChange={store.set}
        onSubmit={() => communityId && void store.submit(communityId)}
      />
      <BackHome />
    </Page>
  );
}
