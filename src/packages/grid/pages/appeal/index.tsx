import Taro, { useRouter } from '@tarojs/taro';
import { useCommunityPage } from '@/features/session';
import { AppealFrame, HandlerActions, handlerCalls, useAppealStore } from '@/features/appeals';
import { ROUTES, routeParam } from '@/lib/routes';

/** A grid worker's appeal: call the resident, 受理, note progress, close with an ending. */
export default function GridAppealPage() {
  const appealId = routeParam(useRouter().params.id);
  const store = useAppealStore();
  const session = useCommunityPage((s) => store.load({ communityId: s.communityId, appealId }));
  return (
    <AppealFrame
      className="grid-appeal"
      appeal={store.appeal?.id === appealId ? store.appeal : null}
      done={store.done}
      error={store.error}
      loading={store.loading}
      loadError={store.loadError}
      session={session}
      handler
      back={{ label: '回到我的网格', onClick: () => void Taro.redirectTo({ url: ROUTES.gridMine }) }}
      actions={(a) => <HandlerActions appeal={a} acting={store.acting} calls={handlerCalls(a)} />}
    />
  );
}
