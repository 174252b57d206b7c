import { useRouter } from '@tarojs/taro';
import { Text } from '@tarojs/components';
import { useCommunityPage, useSessionStore } from '@/features/session';
import { ShiftRow, useShiftsStore } from '@/features/staff';
import { BackHome } from '@/components/back-home';
import { EmptyState } from '@/components/empty-state';
import { Notice } from '@/components/notice';
import { PageState } from '@/components/page-state';
import { routeParam } from '@/lib/routes';
import { Page } from '@/components/page';

/** Volunteers of one event: check in, check out, correct the minutes before attendance is confirmed. */
export default function ShiftsPage() {
  const params = useRouter().params;
  const eventId = routeParam(params.eventId);
  const title = routeParam(params.title);
  const store = useShiftsStore();
  const communityId = useSessionStore((s) => s.communityId);
  const session = useCommunityPage((s) => (eventId ? store.load(s.communityId, eventId) : undefined));
  const loaded = store.loaded && store.eventId === eventId;
  const c = communityId ?? '';

  return (
    <Page className="shifts">
      <Text className="section-title">{title ? `${title} · 志愿者` : '志愿者签到'}</Text>
      {store.actionError ? <Notice title="没有办成">{store.actionError}</Notice> : null}
      {!loaded ? (
        <PageState
          loading={store.loading || session.status !== 'ready'}
          error={store.error ?? session.error}
          onRetry={session.retry}
        />
      ) : store.shifts.length === 0 ? (
        <EmptyState text="还没有志愿者报名" />
      ) : (
        store.shifts.map((s) => (
          <ShiftRow
            key={s.id}
            shift={s}
            busy={store.busyId === s.id}
            onCheckIn={() => void store.checkIn(c, s.id)}
            onCheckOut={() => void store.checkOut(c, s.id)}
            onAdjust={(m) => void store.adjust(c, s.id, m)}
          />
        ))
      )}
      <BackHome />
    </Page>
  );
}
