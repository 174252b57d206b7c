import { useState } from 'react';
import Taro, { useDidShow } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { useSessionStore } from '@/features/session';
import { useAccountStore } from '@/features/account';
import { BackHome } from '@/components/back-home';
import { Notice } from '@/components/notice';
import { PageState } from '@/components/page-state';
import { TextField } from '@/components/text-field';
import { Button } from '@/components/ui';
import { Page } from '@/components/page';
import { confirm } from '@/lib/confirm';
import { formatDateTime } from '@/lib/format';
import { ROUTES } from '@/lib/routes';

const PHRASE = '删除我的数据';

/**
 * 我的数据 (个人信息保护法): what the app keeps about me, and deleting it. Deleting cancels my
 * registrations and removes my name and phone; ledger entries stay (append-only) without my name.
 */
export default function PrivacyPage() {
  const s = useAccountStore();
  const [typed, setTyped] = useState('');
  useDidShow(() => void s.loadMyData());
  const d = s.data;

  const remove = async () => {
    const ok = await confirm(
      '删除我的数据',
      '删除后：您的报名会取消，姓名、手机号和住址会被清除，积分和兑换记录不再与您关联，且不能恢复。确定删除吗？',
      '确定删除',
    );
    if (!ok) return;
    const done = await s.deleteMe();
    if (!done) return;
    useSessionStore.getState().reset();
  };

  if (s.deleted) {
    return (
      <Page>
        <Notice tone="success" title="已删除">
          您的个人信息已删除，取消了 {s.deleted.cancelledRegistrations} 个报名；{s.deleted.keptLedgerEntries}{' '}
          条积分流水按规定保留，但不再与您关联。
        </Notice>
        <Button size="large" block type="primary" onClick={() => void Taro.reLaunch({ url: ROUTES.join })}>
          完成
        </Button>
      </Page>
    );
  }
  return (
    <Page className="privacy">
      <Text className="section-title">我的数据</Text>
      <PageState loading={s.loading} error={s.error} onRetry={() => void s.loadMyData()} />
      {d ? (
        <View className="card admin-row">
          <Text>姓名：{d.profile.name ?? '未填写'}</Text>
          <Text>手机号：{d.profile.phone ?? '未填写'}</Text>
          <Text>出生年份：{d.profile.birthYear ?? '未填写'}</Text>
          <Text>注册时间：{formatDateTime(d.profile.createdAt)}</Text>
          <Text>所在社区：{d.memberships.map((m) => m.communityName).join('、') || '无'}</Text>
          <Text>
            报名 {d.registrations.length} 条 · 积分流水 {d.points.length} 条 · 兑换 {d.redemptions.length} 条 · 诉求{' '}
            {d.appeals.length} 条 · 志愿者申请 {d.volunteerApplications.length} 条
          </Text>
        </View>
      ) : null}

      <Text className="section-title">删除我的数据</Text>
      <Text className="muted">删除后不能恢复。请在下面输入“{PHRASE}”后再点删除。</Text>
      <TextField label={`输入“${PHRASE}”`} value={typed} onChange={setTyped} maxLength={10} />
      {s.actionError ? <Notice title="没有删除">{s.actionError}</Notice> : null}
      <Button size="large" block type="danger" disabled={typed.trim() !== PHRASE} loading={s.busy} onClick={() => void remove()}>
        删除我的数据
      </Button>
      <BackHome />
    </Page>
  );
}
