import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { useCommunityPage } from '@/features/session';
import { useTicketStore } from '@/features/ticket';
import { BackHome } from '@/components/back-home';
import { Notice } from '@/components/notice';
import { PageState } from '@/components/page-state';
import { TicketSlip } from '@/components/ticket-slip';
import { Button } from '@/components/ui';
import { canPrint, printPage } from '@/lib/print';
import { routeParam } from '@/lib/routes';
import { Page } from '@/components/page';

export default function TicketPage() {
  const params = useRouter().params;
  const registrationId = routeParam(params.registrationId);
  const elderId = routeParam(params.elderId) || undefined;
  const store = useTicketStore();
  const session = useCommunityPage((s) =>
    registrationId ? store.load(s.communityId, registrationId, elderId) : undefined,
  );
  const ticket = store.ticket?.registrationId === registrationId ? store.ticket : null;

  return (
    <Page className="ticket-page">
      {!registrationId ? <Notice>没有指定报名，请从“我的报名”进入。</Notice> : null}
      {ticket ? (
        <>
          <TicketSlip ticket={ticket} />
          {ticket.claimCode && canPrint() ? (
            <View className="no-print">
              <Button type="primary" size="large" block onClick={printPage}>
                打印
              </Button>
            </View>
          ) : null}
        </>
      ) : registrationId ? (
        <PageState
          loading={store.loading || session.status !== 'ready'}
          error={store.error ?? session.error}
          onRetry={session.retry}
        />
      ) : null}
      <View className="no-print">
        <BackHome />
      </View>
    </Page>
  );
}
