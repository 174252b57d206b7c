import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useCommunityPage, useHasRole, useSessionStore } from '@/features/session';
import { CommunitySwitch } from '@/features/account';
import {
  ElderModeSwitch,
  MyPoints,
  MyRegistrations,
  ProfileCard,
  ProfileForm,
  useMeStore,
} from '@/features/me';
import { MyPointsEntry } from '@/features/points/entry';
import { useUnreadStore } from '@/features/notices';
import { Notice } from '@/components/notice';
import { PageState } from '@/components/page-state';
import { Button } from '@/components/ui';
import { confirm } from '@/lib/confirm';
import type { RegistrationView } from '@linli/types';
import { isCloudMode } from '@/lib/runtime-mode';
import { ROUTES } from '@/lib/routes';
import './index.css';
import { Page } from '@/components/page';

export default function MePage() {
  const store = useMeStore();
  const unread = useUnreadStore();
  const session = useCommunityPage((s) =>
    Promise.all([store.load(s.communityId), unread.refresh(s.communityId)]),
  );
  const { me, communityId, setMe, logout } = useSessionStore();
  const [editing, setEditing] = useState(false);
  const isAdmin = useHasRole('admin');
  const mayUsePc = useHasRole('staff', 'grid_worker', 'committee');
  const go = (url: string) => () => void Taro.navigateTo({ url });
  const membership = me?.memberships.find((m) => m.communityId === communityId) ?? null;

  const save = async (input: Parameters<typeof store.saveProfile>[0]) => {
    const updated = await store.saveProfile(input);
    if (updated) {
      setMe(updated);
      setEditing(false);
      void Taro.showToast({ title: '已保存', icon: 'success' });
    }
  };

  const cancel = async (r: RegistrationView) => {
    if (!communityId) return;
    const ok = await confirm(
      '取消报名',
      `确定不去“${r.eventTitle}”了吗？取消后座位会让给候补的邻居。`,
      '确定取消',
    );
    if (ok) await store.cancel(communityId, r.id);
  };

  return (
    <Page className="me">
      {me ? (
        editing ? (
          <ProfileForm
            me={me}
            saving={store.saving}
            error={store.saveError}
            onSave={save}
            onCancel={() => setEditing(false)}
          />
        ) : (
          <>
            <ProfileCard me={me} membership={membership} />
            <Button size="large" block fill="outline" onClick={() => setEditing(true)}>
              修改我的资料
            </Button>
          </>
        )
      ) : null}

      <View className="row-gap">
        <Button size="large" block type="primary" onClick={() => void Taro.navigateTo({ url: ROUTES.inbox })}>
          消息{unread.unread > 0 ? `（${unread.unread} 条未读）` : ''}
        </Button>
      </View>

      <CommunitySwitch />
      {isAdmin ? (
        <View className="row-gap">
          <Button size="large" block type="primary" onClick={go(ROUTES.admin)}>
            社区管理
          </Button>
        </View>
      ) : null}
      {me?.operator ? (
        <View className="row-gap">
          <Button size="large" block type="primary" onClick={go(ROUTES.operator)}>
            平台运营
          </Button>
        </View>
      ) : null}

      <ElderModeSwitch />

      <Text className="section-title">我的报名</Text>
      {store.actionDone ? <Notice tone="success">{store.actionDone}</Notice> : null}
      {store.actionError ? <Notice title="没有取消成功">{store.actionError}</Notice> : null}
      {store.loaded ? (
        <MyRegistrations
          items={store.registrations}
          busyId={store.busyId}
          onOpen={(id) => void Taro.navigateTo({ url: ROUTES.event(id) })}
          onTicket={(id) => void Taro.navigateTo({ url: ROUTES.ticket(id) })}
          onCancel={(r) => void cancel(r)}
          onBrowse={() => void Taro.switchTab({ url: ROUTES.events })}
        />
      ) : (
        <PageState
          loading={store.loading || session.status !== 'ready'}
          error={store.error ?? session.error}
          onRetry={session.retry}
        />
      )}

      <View className="row-gap">
        <Button size="large" block fill="outline" onClick={() => void Taro.navigateTo({ url: ROUTES.claim })}>
          认领代报名
        </Button>
      </View>
      <View className="row-gap">
        <Button
          size="large"
          block
          fill="outline"
          onClick={() => void Taro.navigateTo({ url: ROUTES.family })}
        >
          家人代办
        </Button>
      </View>

      <Text className="section-title">我的积分</Text>
      {store.points ? <MyPoints points={store.points} /> : null}
      <MyPointsEntry />

      <Text className="section-title">更多</Text>
      <View className="row-gap">
        <Button size="large" block fill="outline" onClick={go(ROUTES.redeemInvite)}>
          使用邀请码
        </Button>
      </View>
      {mayUsePc ? (
        <View className="row-gap">
          <Button size="large" block fill="outline" onClick={go(ROUTES.pcSessions)}>
            电脑登录
          </Button>
        </View>
      ) : null}
      <View className="row-gap">
        <Button size="large" block fill="outline" onClick={go(ROUTES.privacy)}>
          我的数据与删除
        </Button>
      </View>

      {!isCloudMode() ? (
        <View className="me__switch">
          <Button size="large" block fill="outline" onClick={logout}>
            切换身份
          </Button>
        </View>
      ) : null}
    </Page>
  );
}
