import Taro, { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { useCommunityPage } from '@/features/session';
import {
  AppealCard,
  HandlerActions,
  StaffActions,
  handlerCalls,
  staffCalls,
  useAppealStore,
  useStaffAppealStore,
} from '@/features/appeals';
import { BackHome } from '@/components/back-home';
import { Notice } from '@/components/notice';
import { PageState } from '@/components/page-state';
import { Page } from '@/components/page';
import { Button } from '@/components/ui';
import { ROUTES, routeParam } from '@/lib/routes';

/** Staff on one appeal: name the 第一责任人, sort it into a list, link a 项目, or handle it like a worker. */
export default function StaffAppealPage() {
  const appealId = routeParam(useRouter().params.id);
  const store = useAppealStore();
  const extras = useStaffAppealStore();
  const session = useCommunityPage((s) =>
    Promise.all([store.load({ communityId: s.communityId, appealId }), extras.loadAssignees(s.communityId)]),
  );
  const a = store.appeal?.id === appealId ? store.appeal : null;
  const staff = a ? staffCalls(a) : null;
  return (
    <Page className="staff-appeal">
      {a && staff ? (
        <>
          {store.done ? <Notice tone="success">{store.done}</Notice> : null}
          {store.error || extras.error ? (
            <Notice title="没有成功">{store.error ?? extras.error ?? ''}</Notice>
          ) : null}
          <StaffActions
            appeal={a}
            assignees={extras.assignees}
            targets={extras.targets}
            acting={store.acting}
            onAssign={staff.assign}
            onSort={staff.sort}
            onLink={staff.link}
            onLoadTargets={() => void extras.loadTargets(a.communityId)}
          />
          <HandlerActions appeal={a} acting={store.acting} calls={handlerCalls(a)} />
          <AppealCard appeal={a} handler />
        </>
      ) : (
        <PageState
          loading={store.loading || session.status !== 'ready'}
          error={store.loadError ?? session.error}
          onRetry={session.retry}
        />
      )}
      <View className="row-gap">
        <Button
          size="large"
          block
          fill="outline"
          onClick={() => void Taro.navigateBack().catch(() => Taro.redirectTo({ url: ROUTES.staffAppeals }))}
        >
          回到民情列表
        </Button>
      </View>
      <BackHome />
    </Page>
  );
}
