import Taro from '@tarojs/taro';
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { useHasRole, useSessionStore } from '@/features/session';
import { useNewTopicStore } from '@/features/deliberation';
import { BackHome } from '@/components/back-home';
import { Chips } from '@/components/chips';
import { Notice } from '@/components/notice';
import { Page } from '@/components/page';
import { TextField } from '@/components/text-field';
import { Button } from '@/components/ui';
import { ROUTES } from '@/lib/routes';

const DAY = 86_400_000;

/** 发起议题 (staff): title, background, 2–6 options, the whole community, the rule and how many days it runs. */
export default function NewTopicPage() {
  const staff = useHasRole('staff');
  const communityId = useSessionStore((s) => s.communityId);
  const [kind, setKind] = useState<'deliberation' | 'election'>('deliberation');
  const [title, setTitle] = useState('');
  const [background, setBackground] = useState('');
  const [options, setOptions] = useState(['', '', '']);
  const [days, setDays] = useState(7);
  const [quorum, setQuorum] = useState(50);
  const [pass, setPass] = useState(50);
  const { saving: busy, error, create } = useNewTopicStore();
  if (!staff || !communityId) return <Page><Notice>只有社区工作人员可以发起议题</Notice><BackHome /></Page>;

  const labels = options.map((o) => o.trim()).filter(Boolean);
  const submit = async () => {
    const now = Date.now();
    const input = {
      communityId,
      kind,
      title: title.trim(),
      background: background.trim(),
      source: 'staff' as const,
      scope: [],
      options: labels.map((label) => ({ label })),
      opensAt: new Date(now).toISOString(),
      closesAt: new Date(now + days * DAY).toISOString(),
      quorumPct: quorum,
      passPct: pass,
    };
    const t = await create(input);
    if (t) void Taro.redirectTo({ url: ROUTES.topic(t.id) });
  };
  return (
    <Page className="topic-new">
      {error ? <Notice title="没有发起">{error}</Notice> : null}
      <Chips label="类型" value={kind} onChange={setKind} options={[{ value: 'deliberation', label: '议事（每户一票）' }, { value: 'election', label: '评选（每人一票）' }]} />
      <TextField label="议题" value={title} onChange={setTitle} maxLength={60} placeholder="例如：垃圾房门刷什么颜色" />
      <TextField label="背景说明" value={background} onChange={setBackground} maxLength={2000} />
      <Text className="section-title">选项（{kind === 'election' ? '候选人' : '至少两项'}）</Text>
      {options.map((o, i) => (
        <TextField key={i} label={`选项 ${i + 1}`} value={o} maxLength={40} onChange={(v) => setOptions(options.map((x, j) => (j === i ? v : x)))} />
      ))}
      {options.length < 6 ? (
        <Button size="large" block fill="outline" onClick={() => setOptions([...options, ''])}>
          再加一个选项
        </Button>
      ) : null}
      <Text className="section-title">投票几天</Text>
      <Chips label="投票天数" value={days} onChange={setDays} options={[3, 7, 14].map((d) => ({ value: d, label: `${d} 天` }))} />
      <Text className="section-title">至少多少{kind === 'election' ? '居民' : '户'}参与</Text>
      <Chips label="参与比例" value={quorum} onChange={setQuorum} options={[0, 30, 50, 66].map((p) => ({ value: p, label: p ? `${p}%` : '不限' }))} />
      <Text className="section-title">得票多少算通过</Text>
      <Chips label="通过比例" value={pass} onChange={setPass} options={[50, 66, 75].map((p) => ({ value: p, label: `${p}%` }))} />
      <View className="row-gap">
        <Button type="primary" size="large" block loading={busy} disabled={!title.trim() || labels.length < 2} onClick={() => void submit()}>
          发起（面向全社区）
        </Button>
      </View>
      <BackHome />
    </Page>
  );
}
