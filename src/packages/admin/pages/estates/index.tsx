import { Text } from '@tarojs/components';
import { useCommunityPage, useSessionStore } from '@/features/session';
import { EstateEditor, useAdminStore } from '@/features/admin';
import { BackHome } from '@/components/back-home';
import { Notice } from '@/components/notice';
import { PageState } from '@/components/page-state';
import { Page } from '@/components/page';

/** 小区与楼栋: what residents pick when they join, and what grids are made of. */
export default function AdminEstatesPage() {
  const s = useAdminStore();
  const communityId = useSessionStore((x) => x.communityId);
  const session = useCommunityPage((x) => s.loadEstates(x.communityId));
  return (
    <Page className="admin-estates">
      {s.done ? <Notice tone="success">{s.done}</Notice> : null}
      {s.actionError ? <Notice title="没有保存">{s.actionError}</Notice> : null}
      <PageState loading={s.loading || session.status !== 'ready'} error={s.error ?? session.error} onRetry={session.retry} />
      {s.estates.map((e) => (
        <EstateEditor
          key={`${e.id}-${e.name}-${e.buildings.join()}`}
          estate={e}
          saving={s.busy === e.id}
          onSave={(f) => communityId && void s.saveEstate({ communityId, ...f })}
        />
      ))}
      <Text className="section-title">新增小区</Text>
      <EstateEditor
        key={`new-${s.estates.length}`}
        estate={null}
        saving={s.busy === 'new-estate'}
        onSave={(f) => communityId && void s.saveEstate({ communityId, ...f })}
      />
      <BackHome />
    </Page>
  );
}
