import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useCommunityPage, useSessionStore } from '@/features/session';
import { useClaimStore } from '@/features/me';
import { BackHome } from '@/components/back-home';
import { Notice } from '@/components/notice';
import { PageState } from '@/components/page-state';
import { RegistrationBadge } from '@/components/registration-badge';
import { Button, Input } from '@/components/ui';
import { formatDateTime } from '@/lib/format';
import { ROUTES } from '@/lib/routes';
import { Page } from '@/components/page';

/** The family of an elder signed up by a grid worker types the slip's code; the sign-ups become theirs. */
export default function ClaimPage() {
  const store = useClaimStore();
  const session = useCommunityPage(() => undefined);
  const communityId = useSessionStore((s) => s.communityId);

  return (
    <Page className="claim">
      <Text className="section-title">认领代报名</Text>
      <Text className="muted">
        网格员代您报名后，会给您一张回执。请输入回执上的 8
        位认领码，报名就会出现在“我的报名”里，可以直接出示二维码入场。
      </Text>
      <PageState loading={session.status === 'loading'} error={session.error} onRetry={session.retry} />
      <Text className="field-label">认领码</Text>
      <Input
        className="field-input claim__code-input"
        value={store.code}
        maxLength={12}
        placeholder="例如 AB12CD34"
        onChange={store.setCode}
      />
      {store.error ? <Notice title="没有认领成功">{store.error}</Notice> : null}
      <View className="row-gap">
        <Button
          type="primary"
          size="large"
          block
          loading={store.submitting}
          onClick={() => communityId && void store.claim(communityId)}
        >
          认领
        </Button>
      </View>
      {store.claimed ? (
        <>
          <Notice tone="success" title="认领成功">
            {store.claimed.length
              ? `您现在有 ${store.claimed.length} 条报名。`
              : '认领成功，目前没有有效的报名。'}
          </Notice>
          {store.claimed.map((r) => (
            <View key={r.id} className="card">
              <Text className="event-card__title">{r.eventTitle}</Text>
              <Text className="event-card__line">{formatDateTime(r.startsAt)}</Text>
              <RegistrationBadge registration={r} />
              {r.status === 'confirmed' ? (
                <View className="row-gap">
                  <Button
                    type="primary"
                    size="large"
                    block
                    onClick={() => void Taro.navigateTo({ url: ROUTES.ticket(r.id) })}
                  >
                    查看二维码
                  </Button>
                </View>
              ) : null}
            </View>
          ))}
          <Button size="large" block fill="outline" onClick={() => void Taro.switchTab({ url: ROUTES.me })}>
            去“我的报名”
          </Button>
        </>
      ) : null}
      <BackHome />
    </Page>
  );
}
