import Taro, { useRouter } from '@tarojs/taro';
import { useCommunityPage } from '@/features/session';
import { AppealFrame, RateBox, appealsService as api, useAppealStore } from '@/features/appeals';
import { ROUTES, routeParam } from '@/lib/routes';

/** 我的诉求 · 详情: where it stands, every step, and after the ending the rating or one reopen. */
export default function AppealDetailPage() {
  const appealId = routeParam(useRouter().params.id);
  const store = useAppealStore();
  const session = useCommunityPage((s) => store.load({ communityId: s.communityId, appealId }));
  return (
    <AppealFrame
      className="appeal-detail"
      appeal={store.appeal?.id === appealId ? store.appeal : null}
      done={store.done}
      error={store.error}
      loading={store.loading}
      loadError={store.loadError}
      session={session}
      back={{ label: '我的全部诉求', onClick: () => void Taro.redirectTo({ url: ROUTES.appealsMine }) }}
      actions={(a) => {
        const ref = { communityId: a.communityId, appealId: a.id };
        return (
          <RateBox
            canRate={a.can.rate}
            canReopen={a.can.reopen}
            acting={store.acting}
            onRate={(stars, words) => {
              const input = { ...ref, stars, ...(words ? { words } : {}) };
              void store.act('rate', input, (k) => api.rateAppeal(input, k), '谢谢您的评价');
            }}
            onReopen={(words) => {
              const input = { ...ref, words };
              void store.act('reopen', input, (k) => api.reopenAppeal(input, k), '已请社区重新办理');
            }}
          />
        );
      }}
    />
  );
}
