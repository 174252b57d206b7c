import Taro from '@tarojs/taro';
import type { ExpenseStatus, ExpenseView } from '@linli/types';
import { Text, View } from '@tarojs/components';
import { useCommunityPage, useSessionStore } from '@/features/session';
import {
  EXPENSE_LABELS,
  ExpenseCard,
  ExportBox,
  recentMonths,
  useExpensesStore,
  useExportStore,
} from '@/features/fund';
import { BackHome } from '@/components/back-home';
import { Chips } from '@/components/chips';
import { EmptyState } from '@/components/empty-state';
import { Notice } from '@/components/notice';
import { PageState } from '@/components/page-state';
import { Button } from '@/components/ui';
import { confirm } from '@/lib/confirm';
import { formatFen } from '@/lib/format';
import { ROUTES } from '@/lib/routes';
import './index.css';
import { Page } from '@/components/page';

const FILTERS: ('all' | ExpenseStatus)[] = ['approved', 'pending', 'paid', 'rejected', 'all'];
const MONTHS = recentMonths(new Date(), 6);

export default function FundStaffPage() {
  const store = useExpensesStore();
  const exporter = useExportStore();
  const session = useCommunityPage((s) => store.load(s.communityId, store.status ?? 'approved'));
  const communityId = useSessionStore((s) => s.communityId);

  const pay = async (e: ExpenseView) => {
    if (!communityId) return;
    const ok = await confirm(
      '支付支出',
      `确认已向对方支付 ${formatFen(e.amountFen)}（${e.purpose}）？支付后会计入公示栏。`,
      '确认支付',
    );
    if (ok) await store.pay(communityId, e);
  };

  return (
    <Page className="mf-staff">
      <Button
        block
        size="large"
        type="primary"
        onClick={() => void Taro.navigateTo({ url: ROUTES.fundDonate })}
      >
        登记捐赠
      </Button>
      <View className="row-gap">
        <Button
          block
          size="large"
          fill="outline"
          onClick={() => void Taro.navigateTo({ url: ROUTES.fundExpense })}
        >
          申请支出
        </Button>
      </View>
      <View className="row-gap">
        <Button
          block
          size="large"
          fill="outline"
          onClick={() => void Taro.navigateTo({ url: ROUTES.fundBoard })}
        >
          查看公示栏
        </Button>
      </View>

      <Text className="section-title">支出</Text>
      <Chips
        label="支出状态"
        options={FILTERS.map((f) => ({ value: f, label: f === 'all' ? '全部' : EXPENSE_LABELS[f] }))}
        value={store.status ?? 'all'}
        onChange={(f) => communityId && void store.load(communityId, f === 'all' ? undefined : f)}
      />
      {store.actionDone ? <Notice tone="success">{store.actionDone}</Notice> : null}
      {store.actionError ? <Notice title="没有完成">{store.actionError}</Notice> : null}
      <PageState
        loading={!store.loaded && (store.loading || session.status !== 'ready')}
        error={store.error ?? session.error}
        onRetry={session.retry}
      />
      {store.loaded && store.items.length === 0 ? (
        <EmptyState text={store.status ? `没有${EXPENSE_LABELS[store.status]}的支出` : '还没有支出'} />
      ) : (
        store.items.map((e) => (
          <ExpenseCard key={e.id} expense={e}>
            {e.status === 'approved' ? (
              <View className="row-gap">
                <Button
                  type="primary"
                  size="large"
                  block
                  loading={store.busyId === e.id}
                  disabled={Boolean(store.busyId)}
                  onClick={() => void pay(e)}
                >
                  支付 {formatFen(e.amountFen)}
                </Button>
              </View>
            ) : null}
          </ExpenseCard>
        ))
      )}

      <Text className="section-title">月度收支明细</Text>
      <ExportBox
        months={MONTHS}
        month={exporter.month}
        exporting={exporter.exporting}
        error={exporter.error}
        done={exporter.done}
        onMonth={exporter.setMonth}
        onExport={() => communityId && void exporter.exportMonth(communityId)}
      />
      <BackHome />
    </Page>
  );
}
