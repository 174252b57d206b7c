import { useRouter } from '@tarojs/taro';
import { Image, Text } from '@tarojs/components';
import { useCommunityPage } from '@/features/session';
import { useAnnouncementStore } from '@/features/announcements';
import { BackHome } from '@/components/back-home';
import { Page } from '@/components/page';
import { PageState } from '@/components/page-state';
import { formatDateTime } from '@/lib/format';
import { routeParam } from '@/lib/routes';
import { fileUrl } from '@/lib/upload';
import '../announcements.css';

/** One 通知公告 in large type; opening it counts as read (staff see how many have). */
export default function AnnouncementPage() {
  const id = routeParam(useRouter().params.id);
  const store = useAnnouncementStore();
  const session = useCommunityPage((s) => store.load(s.communityId, id));
  const a = store.item?.id === id ? store.item : null;
  if (!a)
    return (
      <Page>
        <PageState
          loading={store.loading || session.status !== 'ready'}
          error={store.error ?? session.error}
          onRetry={session.retry}
        />
        <BackHome />
      </Page>
    );
  return (
    <Page className="announcement">
      <Text className="announcement__title">
        {a.pinned ? '【置顶】' : ''}
        {a.title}
      </Text>
      <Text className="muted">
        {a.authorName} · {formatDateTime(a.createdAt)}
        {a.expiresAt ? ` · 有效至 ${formatDateTime(a.expiresAt)}` : ''}
      </Text>
      <Text className="announcement__words">{a.words}</Text>
      {a.photos.map((p) => (
        <Image key={p.id} className="announcement__photo" mode="widthFix" src={fileUrl(p.url)} />
      ))}
      {a.readCount !== null ? <Text className="muted">已读 {a.readCount} 人</Text> : null}
      <BackHome />
    </Page>
  );
}
