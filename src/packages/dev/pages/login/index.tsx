import { useState } from 'react';
import Taro, { useLoad } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { DevPeople, useDevLoginStore } from '@/features/session/dev';
import { EmptyState } from '@/components/empty-state';
import { Notice } from '@/components/notice';
import { Button, Input } from '@/components/ui';
import './index.css';
import { Page } from '@/components/page';
import { ROUTES } from '@/lib/routes';

/** Local runtime only: act as any demo person. The server refuses dev login in production. */
export default function DevLoginPage() {
  const { people, loading, error, pending, loadPeople, login } = useDevLoginStore();
  const [openid, setOpenid] = useState('');

  useLoad(() => {
    void useDevLoginStore.getState().loadPeople();
  });

  return (
    <Page className="dev">
      <Text className="dev__title">选择身份进入</Text>
      <Text className="muted">本地演示环境：选择一位演示居民，体验他/她看到的小程序。</Text>
      {error ? <Notice title="没有成功">{error}</Notice> : null}
      {loading ? <Text className="loading">正在加载…</Text> : null}
      {!loading && people.length === 0 ? (
        <EmptyState text="没有拿到演示人员名单" actionText="重新加载" onAction={() => void loadPeople()} />
      ) : null}
      <DevPeople people={people} pending={pending} onPick={(id) => void login(id)} />

      <Text className="section-title">或输入任意 openid</Text>
      <Input className="field-input" value={openid} placeholder="例如 dev-resident-1" onChange={setOpenid} />
      <View className="row-gap">
        <Button
          size="large"
          block
          fill="outline"
          disabled={!openid.trim()}
          onClick={() => void login(openid)}
        >
          以此 openid 进入
        </Button>
      </View>

      <Text className="section-title">工作人员在电脑上</Text>
      <View className="row-gap">
        <Button size="large" block fill="outline" onClick={() => void Taro.navigateTo({ url: ROUTES.deskLogin })}>
          用手机扫码登录管理台
        </Button>
      </View>
    </Page>
  );
}
