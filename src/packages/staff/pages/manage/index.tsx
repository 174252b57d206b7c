import Taro, { useRouter } from '@tarojs/taro';
import { Text } from '@tarojs/components';
import { useCommunityPage, useSessionStore } from '@/features/session';
import { EventForm, ManageActions, useManageStore } from '@/features/staff';
import { BackHome } from '@/components/back-home';
import { Notice } from '@/components/notice';
import { PageState } from '@/components/page-state';
import { confirm } from '@/lib/confirm';
import { ROUTES, routeParam } from '@/lib/routes';
import { Page } from '@/components/page';

/** One event for staff: its state and actions on top, every field below. No id: a new event. */
export default function ManagePage() {
  const eventId = routeParam(useRouter().params.eventId);
  const store = useManageStore();
  const communityId = useSessionStore((s) => s.communityId);
  const session = useCommunityPage((s) => store.load(s.communityId, eventId));
  const ready = store.loaded && store.eventId === eventId;
  const detail = ready ? store.detail : null;

  const save = async () => {
    if (!communityId) return;
    const saved = await store.save(communityId);
    // A new event gets its own address, so coming back to this page reloads it instead of a blank form.
    if (saved && !eventId) void Taro.redirectTo({ url: ROUTES.staffManage(saved.id) });
  };
  const withCommunity = (fn: (c: string) => unknown) => () => communityId && void fn(communityId);
  const cancelEvent = async (reason: string) => {
    if (!communityId) return;
    if (await confirm('取消活动', '取消后所有报名都会作废，并通知已报名的居民。确定取消吗？', '确定取消')) {
      await store.cancel(communityId, reason);
    }
  };

  return (
    <Page className="manage">
      <Text className="section-title">{eventId ? (detail?.title ?? '活动管理') : '新建活动'}</Text>
      {!ready ? (
        <PageState
          loading={store.loading || session.status !== 'ready'}
          error={store.loadError ?? session.error}
          onRetry={session.retry}
        />
      ) : (
        <>
          {store.actionDone ? <Notice tone="success">{store.actionDone}</Notice> : null}
          {store.actionError ? <Notice title="没有办成">{store.actionError}</Notice> : null}
          {detail ? (
            <ManageActions
              detail={detail}
              busy={store.busy}
              attendance={store.attendance}
              onPublish={withCommunity(store.publish)}
              onCancel={(reason) => void cancelEvent(reason)}
              onFinish={withCommunity(store.finish)}
              onConfirmAttendance={withCommunity(store.confirmAttendance)}
              onExport={withCommunity(store.exportRoster)}
              onRoster={() => void Taro.navigateTo({ url: ROUTES.staffRoster(detail.id, detail.title) })}
              onShifts={() => void Taro.navigateTo({ url: ROUTES.staffShifts(detail.id, detail.title) })}
            />
          ) : null}
          {detail && (detail.status === 'finished' || detail.status === 'cancelled') ? null : (
            <EventForm
              form={store.form}
              estates={store.estates}
              saving={store.saving}
              error={store.formError}
              isNew={!eventId}
              onChange={store.setForm}
              onSave={() => void save()}
            />
          )}
        </>
      )}
      <BackHome />
    </Page>
  );
}
