import Taro, { useLoad } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useSessionStore } from '@/features/session';
import { HomePicker, PrivacyTerms, useJoinStore } from '@/features/join';
import { Notice } from '@/components/notice';
import { Button } from '@/components/ui';
import { isCloudMode } from '@/lib/runtime-mode';
import { ROUTES } from '@/lib/routes';
import './index.css';
import { Page } from '@/components/page';

export default function JoinPage() {
  const s = useJoinStore();
  const logout = useSessionStore((st) => st.logout);
  const operator = useSessionStore((st) => !!st.me?.operator);

  useLoad(() => {
    void useJoinStore.getState().loadCommunities();
  });

  const submit = async () => {
    const membership = await s.submit();
    if (!membership) return;
    const session = useSessionStore.getState();
    session.selectCommunity(membership.communityId);
    if (await session.ensure({ force: true })) void Taro.switchTab({ url: ROUTES.home });
  };

  return (
    <Page className="join">
      <Text className="join__welcome">欢迎来到邻里</Text>
      <Text className="muted">加入您所在的社区，就能报名活动、查看社区微基金。</Text>
      <PrivacyTerms agreed={s.agreed} onChange={s.setAgreed} />
      <HomePicker
        communities={s.communities}
        estates={s.estates}
        communityId={s.communityId}
        estateId={s.estateId}
        building={s.building}
        unit={s.unit}
        room={s.room}
        onCommunity={(id) => void s.pickCommunity(id)}
        onEstate={s.pickEstate}
        onBuilding={s.pickBuilding}
        onUnit={s.setUnit}
        onRoom={s.setRoom}
      />
      {s.loading ? <Text className="muted">正在加载…</Text> : null}
      {s.error ? (
        <Notice
          action={
            s.communities.length === 0 ? (
              <Button size="large" block fill="outline" onClick={() => void s.loadCommunities()}>
                重新加载
              </Button>
            ) : undefined
          }
        >
          {s.error}
        </Notice>
      ) : null}
      <Button
        type="primary"
        size="large"
        block
        loading={s.submitting}

        onClick={() => void submit()}
      >
        加入社区
      </Button>
      <View className="row-gap">
        <Button size="large" block fill="outline" onClick={() => void Taro.navigateTo({ url: ROUTES.redeemInvite })}>
          我有邀请码
        </Button>
      </View>
      {operator ? (
        <View className="row-gap">
          <Button size="large" block fill="outline" onClick={() => void Taro.navigateTo({ url: ROUTES.operator })}>
            平台运营
          </Button>
        </View>
      ) : null}
      {!isCloudMode() ? (
        <View className="row-gap">
          <Button size="large" block fill="outline" onClick={logout}>
            切换身份
          </Button>
        </View>
      ) : null}
    </Page>
  );
}
