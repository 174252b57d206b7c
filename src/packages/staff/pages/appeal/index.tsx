import Taro, { useRouter } from '@tarojs/taro';
import { useCommunityPage } from '@/features/session';
import {
  AppealFrame,
  HandlerActions,
  StaffActions,
  handlerCalls,
  staffCalls,
  useAppealStore,
  useStaffAppealStore,
} from '@/features/appeals';
import { ROUTES, routeParam } from '@/lib/routes';

/** Staff on one appeal: name the 第一责任人, sort it into a list, link a 项目, or handle it like a worker. */
export default function StaffAppealPage() {
  const appealId = routeParam(useRouter().params.id);
  const store = useAppealStore();
  const extras = useStaffAppealStore();
  const session = useCommunityPage((s) =>
    Promise.all([store.load({ communityId: s.communityId, appealId }), extras.loadAssignees(s.communityId)]),
  );
  return (
    <AppealFrame
      className="staff-appeal"
      appeal={store.appeal?.id === appealId ? store.appeal : null}
      done={store.done}
      error={store.error ?? extras.error}
      loading={store.loading}
      loadError={store.loadError}
      session={session}
      handler
      back={{
        label: '回到民情列表',
        onClick: () => void Taro.navigateBack().catch(() => Taro.redirectTo({ url: ROUTES.staffAppeals })),
      }}
      actions={(a) => {
        const staff = staffCalls(a);
        return (
          <>
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
          </>
        );
      }}
    />
  );
}
