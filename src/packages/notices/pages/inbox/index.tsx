import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { NoticeView } from '@linli/types';
import { useCommunityPage, useSessionStore } from '@/features/session';
import { FamilyCopies, NoticeItem, useInboxStore, useUnreadStore } from '@/features/notices';
import { BackHome } from '@/components/back-home';
import { EmptyState } from '@/components/empty-state';
import { Notice } from '@/components/notice';
import { Page } from '@/components/page';
import { PageState } from '@/components/page-state';
import { Button } from '@/components/ui';
import { ROUTES } from '@/lib/routes';

const TAB_PAGES = [ROUTES.home, ROUTES.events, ROUTES.me];

/** 消息: every notice to me (and, if I chose, to the elders I help), newest first. */
export default function InboxPage() {
  const store = useInboxStore();
  const unread = useUnreadStore((s) => s.unread);
  const session = useCommunityPage((s) => store.load(s.communityId));
  const communityId = useSessionStore((s) => s.communityId);

  const open = async (item: NoticeView) => {
    if (!communityId) return;
    const link = await store.open(communityId, item);
    if (!link) return;
    const path = link.split('?')[0];
    if (TAB_PAGES.includes(path as (typeof TAB_PAGES)[number])) void Taro.switchTab({ url: path });
    else void Taro.navigateTo({ url: link });
  };

  return (
    <Page className="notices">
      {store.error && store.loaded ? <Notice title="没有办成">{store.error}</Notice> : null}
      {store.loaded ? (
        <>
          {unread > 0 ? (
            <Button
              size="large"
              block
              fill="outline"
              disabled={store.busy}
              onClick={() => communityId && void store.readAll(communityId)}
            >
              全部标为已读（{unread} 条未读）
            </Button>
          ) : null}
          {store.items.length === 0 ? (
            <EmptyState
              text="还没有消息。报名、递补、兑换的结果都会在这里告诉您。"
              actionText="去看看活动"
              onAction={() => void Taro.switchTab({ url: ROUTES.events })}
            />
          ) : (
            store.items.map((item) => <NoticeItem key={item.id} item={item} onOpen={(i) => void open(i)} />)
          )}
          {store.next ? (
            <View className="row-gap">
              <Button
                size="large"
                block
                fill="outline"
                loading={store.loading}
                onClick={() => communityId && void store.more(communityId)}
              >
                看更早的消息
              </Button>
            </View>
          ) : null}
          {store.prefs ? (
            <FamilyCopies
              items={store.prefs.familyCopies}
              busy={store.busy}
              onToggle={(f) => communityId && void store.setCopies(communityId, f.linkId, !f.on)}
            />
          ) : null}
          <Text className="muted notices__note">
            消息都会留在这里。您在报名、兑换时同意了“微信通知”的，也会收到一条微信；没有微信、留了手机号的老人会收到短信。
          </Text>
        </>
      ) : (
        <PageState
          loading={store.loading || session.status !== 'ready'}
          error={store.error ?? session.error}
          onRetry={session.retry}
        />
      )}
      <BackHome />
    </Page>
  );
}
