import { useCommunityPage, useSessionStore } from '@/features/session';
import { ExpenseCard, ExpenseForm, useExpenseFormStore } from '@/features/fund';
import { BackHome } from '@/components/back-home';
import { Notice } from '@/components/notice';
import { PageState } from '@/components/page-state';
import './index.css';
import { Page } from '@/components/page';

export default function ExpenseRequestPage() {
  const store = useExpenseFormStore();
  const session = useCommunityPage((s) => store.loadEvents(s.communityId));
  const communityId = useSessionStore((s) => s.communityId);

  return (
    <Page className="mf-expense">
      {session.status !== 'ready' ? (
        <PageState loading error={session.error} onRetry={session.retry} />
      ) : null}
      {store.done ? (
        <>
          <Notice tone="success" title="支出申请已提交">
            等待基金管委会审批；审批通过后，在“微基金管理”里支付。
          </Notice>
          <ExpenseCard expense={store.done} />
        </>
      ) : null}
      <ExpenseForm
        fields={store.fields}
        events={store.events}
        saving={store.saving}
        error={store.error}
        onChange={store.set}
        onSubmit={() => communityId && void store.submit(communityId)}
      />
      <BackHome />
    </Page>
  );
}
