import { Text, View } from '@tarojs/components';
import { useCommunityPage, useSessionStore } from '@/features/session';
import { ReportView, lastMonths, monthLabel, useAppealReportStore } from '@/features/appeals';
import { BackHome } from '@/components/back-home';
import { Chips } from '@/components/chips';
import { Notice } from '@/components/notice';
import { PageState } from '@/components/page-state';
import { Page } from '@/components/page';
import { Button } from '@/components/ui';
import { canPrint, printPage } from '@/lib/print';

/** 民情月报公示: readable by every member, printable for the notice board; staff export it. */
export default function AppealReportPage() {
  const store = useAppealReportStore();
  const communityId = useSessionStore((s) => s.communityId);
  const staff = useSessionStore((s) =>
    Boolean(
      s.me?.memberships
        .find((m) => m.communityId === s.communityId)
        ?.roles.some((r) => r === 'staff' || r === 'admin'),
    ),
  );
  const session = useCommunityPage((s) => store.load(s.communityId));
  const r = store.report?.month === store.month ? store.report : null;
  return (
    <Page className="appeal-report">
      <View className="no-print">
        <Text className="section-title">民情月报公示</Text>
        <Chips
          label="月份"
          value={store.month}
          onChange={(m) => communityId && void store.load(communityId, m)}
          options={lastMonths().map((m) => ({ value: m, label: monthLabel(m).slice(5) }))}
        />
      </View>
      {r ? (
        <ReportView report={r} />
      ) : (
        <PageState
          loading={store.loading || session.status !== 'ready'}
          error={store.error ?? session.error}
          onRetry={session.retry}
        />
      )}
      <View className="no-print">
        {r && canPrint() ? (
          <View className="row-gap">
            <Button size="large" block fill="outline" onClick={printPage}>
              打印本月公示
            </Button>
          </View>
        ) : null}
        {r && staff && communityId ? (
          <View className="row-gap">
            <Button
              size="large"
              block
              type="primary"
              loading={store.exporting}
              onClick={() => void store.exportMonth(communityId)}
            >
              导出 {monthLabel(store.month)} 报表（Excel）
            </Button>
            {store.exportNote ? <Notice tone="info">{store.exportNote}</Notice> : null}
          </View>
        ) : null}
        <BackHome />
      </View>
    </Page>
  );
}
