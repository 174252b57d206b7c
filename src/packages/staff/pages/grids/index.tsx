import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { useCommunityPage, useSessionStore } from '@/features/session';
import { GridEditor, useAppealSettingsStore } from '@/features/appeals';
import { BackHome } from '@/components/back-home';
import { Notice } from '@/components/notice';
import { PageState } from '@/components/page-state';
import { Page } from '@/components/page';
import { Button } from '@/components/ui';

/** 微网格: create and edit grids, their buildings and workers. A moved building takes its open appeals along. */
export default function GridsPage() {
  const s = useAppealSettingsStore();
  const communityId = useSessionStore((x) => x.communityId);
  const session = useCommunityPage((x) => s.loadGrids(x.communityId));
  // null: nothing open; 'new': a new grid; else the grid being edited.
  const [editing, setEditing] = useState<string | null>(null);
  const o = s.overview;
  const save = (f: Parameters<typeof s.saveGrid>[1]) =>
    communityId && void s.saveGrid(communityId, f).then((ok) => ok && setEditing(null));
  return (
    <Page className="staff-grids">
      <Text className="section-title">网格管理</Text>
      {s.done ? <Notice tone="success">{s.done}</Notice> : null}
      {s.error ? <Notice title="没有成功">{s.error}</Notice> : null}
      {o ? (
        <>
          {o.unassigned.length ? (
            <Notice tone="info" title={`还有 ${o.unassigned.length} 个楼栋没有划入网格`}>
              {o.unassigned.map((b) => `${b.estateName}${b.building}`).join('、')}
            </Notice>
          ) : null}
          {editing === 'new' ? (
            <GridEditor
              grid={null}
              unassigned={o.unassigned}
              workers={s.workers}
              saving={s.saving === 'grid:new'}
              onSave={save}
              onCancel={() => setEditing(null)}
            />
          ) : (
            <Button type="primary" size="large" block onClick={() => setEditing('new')}>
              新建网格
            </Button>
          )}
          {o.grids.map((g) =>
            editing === g.id ? (
              <GridEditor
                key={g.id}
                grid={g}
                unassigned={o.unassigned}
                workers={s.workers}
                saving={s.saving === `grid:${g.id}`}
                onSave={save}
                onCancel={() => setEditing(null)}
              />
            ) : (
              <View
                key={g.id}
                className="ap-row"
                role="button"
                aria-label={`编辑${g.name}`}
                onClick={() => setEditing(g.id)}
              >
                <View className="ap-row__head">
                  <Text className="ap-row__title">{g.name}</Text>
                  <Text className="ap-status">编辑</Text>
                </View>
                <Text className="ap-row__line">
                  楼栋：{g.buildings.map((b) => `${b.estateName}${b.building}`).join('、') || '无'}
                </Text>
                <Text className="ap-row__line">
                  网格员：{g.workers.map((w) => w.name).join('、') || '无'} · 住户 {g.households} 户 · 未办结{' '}
                  {g.openAppeals} 件
                </Text>
              </View>
            ),
          )}
        </>
      ) : (
        <PageState
          loading={s.loading || session.status !== 'ready'}
          error={s.error ?? session.error}
          onRetry={session.retry}
        />
      )}
      <BackHome />
    </Page>
  );
}
