import { Text } from '@tarojs/components';
import { useCommunityPage, useSessionStore } from '@/features/session';
import { ApplicationState, ApplyForm, useHasRole, useMyPointsStore } from '@/features/points';
import { BackHome } from '@/components/back-home';
import { Notice } from '@/components/notice';
import { PageState } from '@/components/page-state';
import './index.css';
import { Page } from '@/components/page';

export default function ApplyPage() {
  const store = useMyPointsStore();
  const session = useCommunityPage((s) => store.loadApplication(s.communityId));
  const communityId = useSessionStore((s) => s.communityId);
  const isVolunteer = useHasRole('volunteer');
  const app = store.application;
  const canApply = !isVolunteer && (!app || app.status === 'rejected');

  const apply = async (realName: string, phone: string) => {
    if (communityId) await store.apply(communityId, realName, phone);
  };

  return (
    <Page className="pts-apply">
      {!store.applicationLoaded ? (
        <PageState
          loading={store.loading || session.status !== 'ready'}
          error={store.error ?? session.error}
          onRetry={session.retry}
        />
      ) : (
        <>
          {isVolunteer && !app ? (
            <Notice tone="success">您已是认证志愿者，可以在活动详情里报名志愿岗位。</Notice>
          ) : null}
          {app ? <ApplicationState app={app} /> : null}
          {canApply ? (
            <>
              <Text className="section-title">{app ? '重新申请' : '填写认证信息'}</Text>
              <ApplyForm
                applying={store.applying}
                error={store.applyError}
                onApply={(n, p) => void apply(n, p)}
              />
            </>
          ) : null}
        </>
      )}
      <BackHome />
    </Page>
  );
}
