import { Text } from '@tarojs/components';
import { useCommunityPage } from '@/features/session';
import {
  BoardSummary,
  DonationList,
  ExpenseCard,
  InvariantResult,
  MonthlyChart,
  RedemptionSummary,
  useBoardStore,
} from '@/features/fund';
import { BackHome } from '@/components/back-home';
import { PageState } from '@/components/page-state';
import './index.css';
import { Page } from '@/components/page';

/** 公示: every resident sees where the money came from, where it went, and whether the books add up. */
export default function FundBoardPage() {
  const store = useBoardStore();
  const session = useCommunityPage((s) => store.load(s.communityId));
  const board = store.data;

  return (
    <Page className="mf-board">
      {board ? (
        <>
          <BoardSummary board={board} />
          <Text className="section-title">账目核对</Text>
          <InvariantResult report={board.invariants} />
          <Text className="section-title">每月收支</Text>
          <MonthlyChart monthly={board.monthly} />
          <Text className="section-title">捐赠名单</Text>
          <DonationList donations={board.donations} />
          <Text className="section-title">支出与审批</Text>
          {board.expenses.length === 0 ? (
            <Text className="card mf-empty">还没有支出。</Text>
          ) : (
            board.expenses.map((e) => <ExpenseCard key={e.id} expense={e} />)
          )}
          <Text className="section-title">积分兑换</Text>
          <RedemptionSummary rows={board.redemptionsByItem} />
        </>
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
