import { Text, Textarea, View } from '@tarojs/components';
import { useCommunityPage, useHasRole, useSessionStore } from '@/features/session';
import { useManageAnnouncementsStore } from '@/features/announcements';
import { BackHome } from '@/components/back-home';
import { Chips } from '@/components/chips';
import { Notice } from '@/components/notice';
import { Page } from '@/components/page';
import { PageState } from '@/components/page-state';
import { PhotoPicker } from '@/components/photo-picker';
import { TextField } from '@/components/text-field';
import { Button } from '@/components/ui';
import { formatDateTime } from '@/lib/format';
import '../announcements.css';

/** Staff: post a 通知公告 (shown on everyone's 首页 until it expires) and see who has read the current ones. */
export default function ManageAnnouncementsPage() {
  const store = useManageAnnouncementsStore();
  const session = useCommunityPage((s) => store.load(s.communityId));
  const communityId = useSessionStore((s) => s.communityId);
  const staff = useHasRole('staff');
  if (session.status !== 'ready' || !communityId)
    return (
      <Page>
        <PageState loading error={session.error} onRetry={session.retry} />
      </Page>
    );
  if (!staff)
    return (
      <Page>
        <Notice>只有社区工作人员可以发布通知公告。</Notice>
        <BackHome />
      </Page>
    );
  const d = store.draft;
  return (
    <Page className="ann-manage">
      <Text className="section-title">发布通知公告</Text>
      <TextField
        label="标题"
        value={d.title}
        maxLength={40}
        onChange={(title) => store.edit({ title })}
        placeholder="例如：本周六停水通知"
      />
      <Text className="field-label">内容</Text>
      <Textarea
        className="ann-textarea"
        value={d.words}
        maxlength={2000}
        placeholder="时间、地点、要做什么，写清楚"
        onInput={(e) => store.edit({ words: e.detail.value })}
      />
      <PhotoPicker
        communityId={communityId}
        purpose="announcement_photo"
        max={9}
        value={d.photos}
        onChange={(photos) => store.edit({ photos })}
        addText="添加图片（可不加）"
      />
      <Text className="field-label">在首页显示多久</Text>
      <Chips
        label="显示多久"
        value={d.days}
        onChange={(days) => store.edit({ days })}
        options={[
          { value: 3, label: '3 天' },
          { value: 7, label: '7 天' },
          { value: 30, label: '30 天' },
          { value: 0, label: '一直显示' },
        ]}
      />
      <Text className="field-label">是否置顶</Text>
      <Chips
        label="置顶"
        value={d.pinned ? 1 : 0}
        onChange={(v) => store.edit({ pinned: v === 1 })}
        options={[
          { value: 0, label: '不置顶' },
          { value: 1, label: '置顶' },
        ]}
      />
      {store.postError ? <Notice>{store.postError}</Notice> : null}
      {store.posted ? <Notice tone="success">已发布：{store.posted}</Notice> : null}
      <View className="row-gap">
        <Button
          size="large"
          block
          type="primary"
          loading={store.posting}
          onClick={() => void store.post(communityId)}
        >
          发布
        </Button>
      </View>

      <Text className="section-title">正在显示的公告</Text>
      {store.actionError ? <Notice>{store.actionError}</Notice> : null}
      {store.items.length === 0 ? (
        store.loading || store.error ? (
          <PageState loading={store.loading} error={store.error} onRetry={session.retry} />
        ) : (
          <Text className="muted">还没有正在显示的公告</Text>
        )
      ) : (
        store.items.map((a) => (
          <View key={a.id} className="ann-row">
            <Text className="ann-row__title">
              {a.pinned ? '【置顶】' : ''}
              {a.title}
            </Text>
            <Text className="muted">
              {formatDateTime(a.createdAt)} · 已读 {a.readCount ?? 0} 人
              {a.expiresAt ? ` · 至 ${formatDateTime(a.expiresAt)}` : ' · 一直显示'}
            </Text>
            <Button
              size="small"
              fill="outline"
              loading={store.busyId === a.id}
              onClick={() => void store.withdraw(communityId, a.id)}
            >
              撤回
            </Button>
          </View>
        ))
      )}
      <BackHome />
    </Page>
  );
}
