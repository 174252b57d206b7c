import type { ApplicationStatus } from '@linli/types';

import { useCommunityPage, useSessionStore } from '@/features/session';
import { APPLICATION_LABELS, ApplicationRow, useApplicationsStore } from '@/features/points';
import { BackHome } from '@/components/back-home';
import { Chips } from '@/components/chips';
import { EmptyState } from '@/components/empty-state';
import { Notice } from '@/components/notice';
import { PageState } from '@/components/page-state';
import { confirm } from '@/lib/confirm';
import './index.css';
import { Page } from '@/components/page';

const STATUSES: ApplicationStatus[] = ['pending', 'approved', 'rejected'];

export default function ApplicationsPage() {
  const store = useApplicationsStore();
  const session = useCommunityPage((s) => store.load(s.communityId));
  const communityId = useSessionStore((s) => s.communityId);

  const review = async (id: string, approve: boolean) => {
    const app = store.items.find((a) => a.id === id);
    if (!app || !communityId) return;
    const ok = await confirm(
      approve ? '通过认证' : '驳回认证',
      approve ? `确认 ${app.realName} 成为认证志愿者？` : `确定驳回 ${app.realName} 的申请吗？`,
      approve ? '确认通过' : '确认驳回',
    );
    if (ok) await store.review(communityId, app, approve);
  };

  return (
    <Page className="pts-applications">
      <Chips
        label="申请状态"
        options={STATUSES.map((s) => ({ value: s, label: APPLICATION_LABELS[s] }))}
        value={store.status}
        onChange={(s) => communityId && void store.load(communityId, s)}
      />
      {store.actionDone ? <Notice tone="success">{store.actionDone}</Notice> : null}
      {store.actionError ? <Notice title="没有审核成功">{store.actionError}</Notice> : null}
      <PageState
        loading={!store.loaded && (store.loading || session.status !== 'ready')}
        error={store.error ?? session.error}
        onRetry={session.retry}
      />
      {store.loaded && store.items.length === 0 ? (
        <EmptyState text={`没有${APPLICATION_LABELS[store.status]}的申请`} />
      ) : (
        store.items.map((a) => (
          <ApplicationRow
            key={a.id}
            app={a}
            note={store.notes[a.id] ?? ''}
            busy={store.busyId === a.id}
            onNote={(v) => store.setNote(a.id, v)}
            onReview={(approve) => void review(a.id, approve)}
          />
        ))
      )}
      <BackHome />
    </Page>
  );
}
