import { useState } from 'react';
import { useDidShow } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { InviteCard, useOperatorStore } from '@/features/admin';
import { BackHome } from '@/components/back-home';
import { Notice } from '@/components/notice';
import { PageState } from '@/components/page-state';
import { TextField } from '@/components/text-field';
import { Button } from '@/components/ui';
import { Page } from '@/components/page';

/**
 * 平台运营 (街道 / 区社治委): every community with live counts; open a new one and invite its first
 * admin. Who is an operator is the deployment's configuration; anyone else is refused by the server.
 */
export default function OperatorPage() {
  const s = useOperatorStore();
  const [name, setName] = useState('');
  const [district, setDistrict] = useState('');
  const [street, setStreet] = useState('');
  const [newId, setNewId] = useState('');
  useDidShow(() => void s.load());
  const idOk = !newId.trim() || /^[a-z][a-z0-9-]{2,31}$/.test(newId.trim());
  const create = async () => {
    const ok = await s.create({
      name: name.trim(),
      district: district.trim(),
      street: street.trim(),
      ...(newId.trim() ? { newId: newId.trim() } : {}),
    });
    if (ok) setName('');
  };
  return (
    <Page className="operator">
      {s.done ? <Notice tone="success">{s.done}</Notice> : null}
      {s.actionError ? <Notice title="没有成功">{s.actionError}</Notice> : null}
      {s.created ? <InviteCard invite={s.created} /> : null}
      <Text className="section-title">各社区</Text>
      <PageState loading={s.loading} error={s.error} onRetry={() => void s.load()} />
      {s.communities.map((c) => (
        <View className="card admin-row" key={c.id}>
          <Text className="admin-member__name">{c.name}</Text>
          <Text className="muted">
            {c.district}
            {c.street} · 编号 {c.id}
          </Text>
          <Text className="admin-stat">
            居民 {c.members} · 管理员 {c.admins} · 未办结诉求 {c.openAppeals} · 活动 {c.events}
          </Text>
          <Button size="large" fill="outline" loading={s.busy === c.id} onClick={() => void s.inviteAdmin(c.id)}>
            生成{c.name}管理员邀请码
          </Button>
        </View>
      ))}
      <Text className="section-title">开通新社区</Text>
      <View className="card">
        <TextField label="社区名称" value={name} onChange={setName} maxLength={30} placeholder="例如 天马社区" />
        <TextField label="所在区（市、县）" value={district} onChange={setDistrict} maxLength={30} placeholder="例如 都江堰市" />
        <TextField label="所在街道（镇）" value={street} onChange={setStreet} maxLength={30} placeholder="例如 天马镇" />
        <TextField
          label="社区编号（可不填）"
          value={newId}
          onChange={setNewId}
          maxLength={32}
          placeholder="小写字母，例如 tianma"
          hint={idOk ? '不填则自动生成' : '编号以小写字母开头，只用小写字母、数字和 -，3–32 位'}
        />
        <Button
          size="large"
          block
          type="primary"
          disabled={!name.trim() || !district.trim() || !street.trim() || !idOk}
          loading={s.busy === 'new'}
          onClick={() => void create()}
        >
          开通社区
        </Button>
      </View>
      <BackHome />
    </Page>
  );
}
